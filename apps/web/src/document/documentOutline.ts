import { type ChapterJSON, numberedDocumentParts, type StructuredPart } from '@werkbank/concept';
import type { Translate } from '@werkbank/editor';
import type { DocumentData } from './DocumentData.ts';
import { documentAnchor } from './documentAnchor.ts';
import { goalHeadingText } from './goalHeadingText.ts';

// The Word export's parts, without the matrix (an overview of its own); participation is the export's annex.
const HIDDEN = new Set<StructuredPart>(['matrix', 'participation']);
const SHOWN: (part: StructuredPart) => boolean = (part) => !HIDDEN.has(part);

/** One entry of the table of contents, and the heading it jumps to. */
export interface OutlineEntry {
  anchor: string;
  /** "3" for a chapter, "3.1" for a field of action; absent where the title carries its own number or none. */
  number?: string;
  title: string;
  children: OutlineEntry[];
}

/** One numbered part of the document, in reading order. */
export type OutlinePart =
  | { part: 'chapter'; chapter: ChapterJSON; number?: string; entry: OutlineEntry }
  | { part: StructuredPart; intro?: ChapterJSON; number?: string; entry: OutlineEntry };

/**
 * The document's parts in the Word export's order and numbering (`numberedDocumentParts`, the navigation's too)
 * with titles and anchors, so the table of contents and the body name and number every heading alike.
 */
export function documentOutline(data: DocumentData, t: Translate): OutlinePart[] {
  return numberedDocumentParts(data.concept.chapters, SHOWN).map((step) => {
    const { number } = step;
    if (step.part === 'chapter') {
      const { chapter } = step;
      const title = chapter.title.trim() || t('web.document.chapterUntitled');
      return {
        ...step,
        number,
        entry: { anchor: documentAnchor({ kind: 'chapter', id: chapter.id }), number, title, children: [] },
      };
    }
    const title = step.intro?.title.trim() || t(`web.document.part.${step.part}`);
    const anchor = step.intro ? documentAnchor({ kind: 'chapter', id: step.intro.id }) : `part-${step.part}`;
    return {
      ...step,
      number,
      entry: { anchor, number, title, children: children(step.part, number, data, t) },
    };
  });
}

function children(
  part: StructuredPart,
  number: string | undefined,
  data: DocumentData,
  t: Translate,
): OutlineEntry[] {
  if (part === 'goals') {
    return data.goals
      .filter((node) => node.depth === 0)
      .map((node) => ({
        anchor: documentAnchor({ kind: 'goal', id: node.goal.id }),
        title: goalHeadingText(t, node),
        children: [],
      }));
  }
  if (part === 'fieldsOfAction') {
    return data.concept.fieldsOfAction.map((field, i) => ({
      anchor: documentAnchor({ kind: 'field', id: field.id }),
      number: number && `${number}.${i + 1}`,
      title: field.title.trim() || t('web.document.fieldUntitled'),
      children: [],
    }));
  }
  if (part === 'measureSheets') {
    return data.concept.measures.map((m) => ({
      anchor: documentAnchor({ kind: 'measure', id: m.id }),
      title: `${m.code} ${m.title}`.trim(),
      children: [],
    }));
  }
  return [];
}
