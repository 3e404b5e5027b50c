import type { ChapterKind } from '../json/conceptJsonSchema.ts';
import { documentParts, type StructuredPart } from './documentParts.ts';
import type { Finding, FindingEntity } from './Finding.ts';

const PART_OF_ENTITY: Partial<Record<FindingEntity, StructuredPart>> = {
  vision: 'vision',
  goal: 'goals',
  fieldOfAction: 'fieldsOfAction',
  measure: 'measuresOverview',
  actors: 'actors',
  workshop: 'participation',
};

/**
 * Findings in the order of the places they lead to, as the document reads (`documentParts`): a chapter's
 * finding where the chapter stands (a structured chapter's just before its part's), the Leitbild's, goals',
 * fields', measures', actors' and workshops' where their part stands, versions last. Findings of one place
 * keep their order.
 * @example inDocumentOrder(findings, concept.chapters)[0]?.code // 'chapter-empty' of the first empty chapter
 */
export function inDocumentOrder(
  findings: readonly Finding[],
  chapters: readonly { id: string; key: string; kind?: ChapterKind }[],
): Finding[] {
  const position = new Map<string, number>();
  documentParts(chapters).forEach((step, index) => {
    if (step.part === 'chapter') position.set(`chapter:${step.chapter.id}`, index);
    else {
      position.set(`part:${step.part}`, index);
      if (step.intro) position.set(`chapter:${step.intro.id}`, index);
    }
  });
  const at = (finding: Finding) => {
    const part = PART_OF_ENTITY[finding.entity];
    const key = part ? `part:${part}` : `chapter:${finding.id}`;
    return finding.entity === 'version' ? Infinity : (position.get(key) ?? Infinity);
  };
  return findings
    .map((finding, index) => ({ finding, index, at: at(finding) }))
    .sort((a, b) => a.at - b.at || a.index - b.index)
    .map(({ finding }) => finding);
}
