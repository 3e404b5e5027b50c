import { type ChapterJSON, measuresOfField } from '@werkbank/concept';
import { type FileChild, Paragraph, TextRun } from './body/model.ts';
import { bulletParagraphs } from './bulletParagraphs.ts';
import type { ExportContext } from './ExportContext.ts';
import { germanLabels } from './germanLabels.ts';
import { goalTitle } from './goalTitle.ts';
import { heading } from './heading.ts';
import { partChapter } from './partChapter.ts';
import { plainTextParagraphs } from './plainTextParagraphs.ts';

/** Each field of action (numbered Heading 2) with its description, its goals and its measures, where it has any. */
export function fieldsOfActionPart(ctx: ExportContext, intro?: ChapterJSON): FileChild[] {
  const { fieldsOfAction, measures } = ctx.concept;
  const content = fieldsOfAction.flatMap((field): FileChild[] => {
    const goals = ctx.goals.filter((node) => node.goal.fieldIds.includes(field.id));
    const primary = measuresOfField(measures, field.id);
    const secondary = measuresOfField(measures, field.id, true).filter((m) => !primary.includes(m));
    const line = (m: (typeof measures)[number]) =>
      `${m.code} ${m.title} (${germanLabels.measureStatus[m.status]})`;
    return [
      heading(field.title.trim() || 'Handlungsfeld ohne Titel', 2),
      ...plainTextParagraphs(field.description),
      ...labelledList(
        'Ziele in diesem Handlungsfeld',
        goals.map((node) => goalTitle(node, ctx.levels)),
        ctx,
      ),
      ...labelledList('Maßnahmen', primary.map(line), ctx),
      ...labelledList('Weitere Maßnahmen mit Bezug zu diesem Handlungsfeld', secondary.map(line), ctx),
    ];
  });
  return partChapter(ctx, 'Handlungsfelder', intro, content, '(noch keine Handlungsfelder)');
}

function label(text: string): Paragraph {
  return new Paragraph({
    keepNext: true,
    spacing: { before: 160 },
    children: [new TextRun({ text, bold: true })],
  });
}

// A list nobody has filled yet is left out: "Ziele in diesem Handlungsfeld: keine" reads as a finding.
function labelledList(title: string, lines: string[], ctx: ExportContext): Paragraph[] {
  return lines.length > 0 ? [label(title), ...bulletParagraphs(lines, ctx.nextListInstance())] : [];
}
