import { HeadingLevel, Paragraph, TextRun } from './body/model.ts';

const LEVELS = [
  HeadingLevel.HEADING_1,
  HeadingLevel.HEADING_2,
  HeadingLevel.HEADING_3,
  HeadingLevel.HEADING_4,
  HeadingLevel.HEADING_5,
];

/**
 * A heading in Word's Heading 1–5 style. Heading 1–3 are numbered by their style; entries that carry their own
 * number (Leitziel 1.2, M-07, the annex) turn it off. A Heading 1 starts a new page, others when `newPage` says.
 * `indent` (twips) sets deeper levels of a tree apart that share one style.
 */
export function heading(
  text: string,
  level: 1 | 2 | 3 | 4 | 5,
  numbered = true,
  newPage = level === 1,
  indent?: number,
): Paragraph {
  return new Paragraph({
    heading: LEVELS[level - 1],
    pageBreakBefore: newPage || undefined,
    numbering: numbered || level >= 4 ? undefined : false,
    indent: indent ? { left: indent } : undefined,
    children: [new TextRun(text)],
  });
}
