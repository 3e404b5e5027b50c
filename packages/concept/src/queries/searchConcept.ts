import type { ConceptJSON, IndicatorJSON } from '../json/conceptJsonSchema.ts';
import type { RichTextDoc } from '../json/richTextSchema.ts';
import { richTextToPlain } from '../model/richText.ts';
import { documentParts } from './documentParts.ts';
import { flattenGoalTree, goalTree } from './goalTree.ts';

/** What a search hit points at: an entity of the concept (the vision has no id). */
export type SearchTarget =
  | { kind: 'chapter'; id: string }
  | { kind: 'vision' }
  | { kind: 'goal'; id: string }
  | { kind: 'field'; id: string }
  | { kind: 'measure'; id: string };

/** A field of an entity whose text matched, and the text around the first match. */
export interface SearchHit {
  target: SearchTarget;
  /** The entity as the document names it: the chapter's title, "1.2 Ziel", "M-07 Maßnahme". */
  title: string;
  /** The field that matched, e.g. `title`, `body`, `description`, `lead`, `indicators`. */
  field: string;
  before: string;
  match: string;
  after: string;
}

const CONTEXT = 48;
/** Shorter queries would match nearly everything. */
export const MIN_QUERY_LENGTH = 2;

type Fields = [field: string, text: string][];

/**
 * Every field of the concept whose text contains `query` (case-insensitive, spaces collapsed), in the order the
 * concept document reads: chapters with their parts, Leitbild, goals in tree order, fields of action, measures.
 * @example searchConcept(concept, 'Sportverein').map((h) => `${h.title}: ${h.field}`)
 */
export function searchConcept(concept: ConceptJSON, query: string): SearchHit[] {
  const needle = normalize(query);
  if (needle.length < MIN_QUERY_LENGTH) return [];
  const hits: SearchHit[] = [];
  const find = (target: SearchTarget, title: string, fields: Fields) => {
    for (const [field, text] of fields) {
      const hit = matchIn(normalize(text), needle);
      if (hit) hits.push({ target, title, field, ...hit });
    }
  };
  const chapter = (c: ConceptJSON['chapters'][number]) =>
    find({ kind: 'chapter', id: c.id }, c.title, [
      ['title', c.title],
      ['body', rich(c.body)],
    ]);
  const fieldTitle = new Map(concept.fieldsOfAction.map((f) => [f.id, f.title]));
  for (const part of documentParts(concept.chapters)) {
    if (part.part === 'chapter') {
      chapter(part.chapter);
      continue;
    }
    if (part.intro) chapter(part.intro);
    if (part.part === 'vision') find({ kind: 'vision' }, '', [['body', rich(concept.vision)]]);
    if (part.part === 'goals') {
      for (const node of flattenGoalTree(goalTree(concept.goals))) {
        const { goal } = node;
        find({ kind: 'goal', id: goal.id }, `${node.number} ${goal.title}`.trim(), [
          ['title', goal.title],
          ['description', rich(goal.description)],
          ['indicators', indicators(goal.indicators)],
        ]);
      }
    }
    if (part.part === 'fieldsOfAction') {
      for (const field of concept.fieldsOfAction) {
        find({ kind: 'field', id: field.id }, field.title, [
          ['title', field.title],
          ['description', field.description],
        ]);
      }
    }
    if (part.part === 'measureSheets') {
      for (const m of concept.measures) {
        find({ kind: 'measure', id: m.id }, `${m.code} ${m.title}`.trim(), [
          ['title', `${m.code} ${m.title}`],
          ['description', rich(m.description)],
          ['targetGroups', m.targetGroups.join(', ')],
          ['lead', m.lead],
          ['partners', m.partners.join(', ')],
          ['recurrence', m.recurrence],
          ['funding', m.funding],
          ['indicators', indicators(m.indicators)],
          [
            'fields',
            [m.primaryFieldId, ...m.secondaryFieldIds].map((id) => fieldTitle.get(id ?? '') ?? '').join(', '),
          ],
        ]);
      }
    }
  }
  return hits;
}

function rich(doc: RichTextDoc): string {
  return richTextToPlain(doc);
}

function indicators(list: readonly IndicatorJSON[]): string {
  return list
    .map((i) => [i.name, i.baseline, i.target, i.unit, i.source].filter(Boolean).join(' '))
    .join('; ');
}

function normalize(text: string): string {
  return text.normalize('NFC').replace(/\s+/g, ' ').trim();
}

function matchIn(text: string, needle: string): Pick<SearchHit, 'before' | 'match' | 'after'> | null {
  const lower = text.toLowerCase();
  // Lower-casing may change the length of a few letters (İ); then the first match is only approximately placed.
  const index = lower.indexOf(needle.toLowerCase());
  if (index < 0) return null;
  const end = index + needle.length;
  const start = Math.max(0, text.lastIndexOf(' ', Math.max(0, index - CONTEXT)) + 1);
  const stop = text.indexOf(' ', Math.min(text.length, end + CONTEXT));
  const last = stop < 0 ? text.length : stop;
  return {
    before: `${start > 0 ? '…' : ''}${text.slice(start, index)}`,
    match: text.slice(index, end),
    after: `${text.slice(end, last)}${last < text.length ? ' …' : ''}`,
  };
}
