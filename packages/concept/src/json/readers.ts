import type * as Y from 'yjs';
import {
  actorSpec,
  chapterSpec,
  type EntitySpec,
  fieldOfActionSpec,
  goalSpec,
  measureSpec,
  phenomenonSpec,
  versionSpec,
  workshopSpec,
} from '../model/entitySpecs.ts';
import { findEntity, orderedEntities } from '../model/entityStore.ts';
import { type FieldRule, fieldRules, fitsLength } from '../model/fieldRules.ts';
import {
  ADOPTED_VERSION_ID,
  CHAPTERS,
  CHECKLIST,
  CHECKLIST_TICKS,
  FIELDS_OF_ACTION,
  GOALS,
  KIND,
  META,
  PROPOSALS,
  WORKSHOP_ID,
  WORKSHOPS,
} from '../model/keys.ts';
import type { ReadOptions } from '../model/readEntityFields.ts';
import { readEntityFields } from '../model/readEntityFields.ts';
import { chapterKindOfKey } from '../queries/chapterKind.ts';
import { capVotes } from './capVotes.ts';
import type {
  ActorJSON,
  ChapterJSON,
  ConceptMeta,
  FieldOfActionJSON,
  GoalJSON,
  MeasureJSON,
  PhenomenonJSON,
  ProposalJSON,
  VersionJSON,
  WorkshopJSON,
} from './conceptJsonSchema.ts';
import { conceptStatusSchema, territoryTypeSchema } from './conceptJsonSchema.ts';
import { readProposalFields } from './readProposalFields.ts';
import { resolveMerges } from './resolveMerges.ts';
import { uniqueCodes } from './uniqueCodes.ts';

/** Entities whose rich text was not read. */
export type Light<T> = Omit<T, 'body' | 'description'> &
  Partial<Pick<T, Extract<keyof T, 'body' | 'description'>>>;

function readAll<T>(doc: Y.Doc, spec: EntitySpec, options?: ReadOptions): T[] {
  return orderedEntities(doc, spec.collection).map((e) => readEntityFields(doc, e, spec, options) as T);
}

const short = fieldRules.text(500);
const META_RULES: Record<keyof ConceptMeta, FieldRule> = {
  title: short,
  territory: short,
  territoryType: fieldRules.oneOf(territoryTypeSchema.options),
  programme: short,
  fundingPeriod: short,
  phase: short,
  status: fieldRules.oneOf(conceptStatusSchema.options),
  templateId: short,
  titlePageText: fieldRules.text(20_000),
};

/** Default meta of a concept that has none yet. */
export const DEFAULT_META: ConceptMeta = {
  title: '',
  territory: '',
  territoryType: 'gemeinde',
  programme: '',
  fundingPeriod: '',
  phase: '',
  status: 'draft',
  templateId: '',
  titlePageText: '',
};

/** The concept's meta data; a stored value that does not fit reads as the default or cut to fit. */
export function readMeta(doc: Y.Doc, options: Pick<ReadOptions, 'onRepair'> = {}): ConceptMeta {
  const meta = doc.getMap<unknown>(META);
  const out: Record<string, unknown> = {};
  for (const [key, fallback] of Object.entries(DEFAULT_META)) {
    const value = meta.get(key);
    const fitted = value === undefined ? undefined : META_RULES[key as keyof ConceptMeta](value);
    out[key] = fitted ?? fallback;
    if (fitted !== value) options.onRepair?.(`meta.${key}`);
  }
  return out as unknown as ConceptMeta;
}

/** Checklist items marked done, by id (entries that are not a flag under a usable id are left out). */
export function readChecklist(
  doc: Y.Doc,
  options: Pick<ReadOptions, 'onRepair'> = {},
): Record<string, boolean> {
  const entries: [string, boolean][] = [];
  for (const [key, done] of doc.getMap<unknown>(CHECKLIST).entries()) {
    // JSON parsers drop a `__proto__` key, so it would not come back from a backup.
    if (typeof done === 'boolean' && fitsLength(key, 120) && key !== '__proto__') entries.push([key, done]);
    else options.onRepair?.('checklist');
  }
  return Object.fromEntries(entries.sort(([a], [b]) => (a < b ? -1 : 1)));
}

/**
 * Who ticked each checklist item that is done, and when (items ticked before this was stored, or by an
 * import without it, have none). Entries that do not fit are left out.
 */
export function readChecklistTicks(
  doc: Y.Doc,
  options: Pick<ReadOptions, 'onRepair'> = {},
): Record<string, { by: string; at: string }> {
  const done = doc.getMap<unknown>(CHECKLIST);
  const entries: [string, { by: string; at: string }][] = [];
  for (const [key, tick] of doc.getMap<unknown>(CHECKLIST_TICKS).entries()) {
    const { by, at } = (tick ?? {}) as { by?: unknown; at?: unknown };
    const fits =
      typeof by === 'string' && fitsLength(by, 500) && typeof at === 'string' && fitsLength(at, 40);
    if (!fits || !fitsLength(key, 120) || key === '__proto__') options.onRepair?.('checklistTicks');
    else if (done.get(key) === true) entries.push([key, { by, at }]);
  }
  return Object.fromEntries(entries.sort(([a], [b]) => (a < b ? -1 : 1)));
}

/** Chapters in order (with bodies when `richText` is set). */
export function readChapters(doc: Y.Doc, options?: ReadOptions): Light<ChapterJSON>[] {
  return orderedEntities(doc, CHAPTERS).map((entity) => {
    const chapter = readEntityFields(doc, entity, chapterSpec, options) as Light<ChapterJSON>;
    // A chapter stored before kinds (or with one this build does not know) has the kind its key stands for.
    const stored = entity.get(KIND);
    const known = typeof stored === 'string' && stored === chapter.kind;
    return known ? chapter : { ...chapter, kind: chapterKindOfKey(chapter.key) };
  });
}
/** Fields of action in order. */
export function readFieldsOfAction(doc: Y.Doc, options?: ReadOptions): FieldOfActionJSON[] {
  return readAll(doc, fieldOfActionSpec, options);
}
/** Goals in sibling order (feed to `goalTree` for the tree). */
export function readGoals(doc: Y.Doc, options?: ReadOptions): Light<GoalJSON>[] {
  return readAll(doc, goalSpec, options);
}
/** Measures in concept order. */
export function readMeasures(doc: Y.Doc, options?: ReadOptions): Light<MeasureJSON>[] {
  return uniqueCodes(readAll(doc, measureSpec, options));
}

/** What lists of measures show and count by: code, title, field of action, status and the goals served. */
export type MeasureHead = Pick<
  MeasureJSON,
  'id' | 'code' | 'title' | 'primaryFieldId' | 'status' | 'goalIds'
>;

// The measure's spec cut down to the fields of a head, so they read with the same rules as in `readMeasures`.
const measureHeadSpec: EntitySpec = {
  collection: measureSpec.collection,
  scalars: Object.fromEntries(
    (['code', 'title', 'primaryFieldId', 'status'] as const).map((field) => [
      field,
      measureSpec.scalars[field] ?? null,
    ]),
  ),
  rules: measureSpec.rules,
  limits: measureSpec.limits,
  refs: { primaryFieldId: FIELDS_OF_ACTION },
  sets: { goalIds: GOALS },
  texts: measureSpec.texts,
};

/**
 * The heads of the measures in concept order, each as `readMeasures` reads it (codes made unique the same way):
 * about a quarter of the work for a navigation or a count that needs no more.
 */
export function readMeasureHeads(doc: Y.Doc): MeasureHead[] {
  return uniqueCodes(readAll(doc, measureHeadSpec));
}
/** Actors in order. */
export function readActors(doc: Y.Doc, options?: ReadOptions): ActorJSON[] {
  return readAll(doc, actorSpec, options);
}
/** Phenomenon areas in order. */
export function readPhenomena(doc: Y.Doc, options?: ReadOptions): PhenomenonJSON[] {
  return readAll(doc, phenomenonSpec, options);
}
/** Saved versions in order. */
export function readVersions(doc: Y.Doc, options?: ReadOptions): VersionJSON[] {
  const adoptedId = doc.getMap<unknown>(META).get(ADOPTED_VERSION_ID);
  return readAll<Omit<VersionJSON, 'adopted'>>(doc, versionSpec, options).map(({ resolution, ...v }) => ({
    ...v,
    adopted: v.id === adoptedId,
    resolution,
  }));
}
/** The proposals of one workshop in order. */
export function readProposals(doc: Y.Doc, workshopId: string, options?: ReadOptions): ProposalJSON[] {
  const proposals = orderedEntities(doc, PROPOSALS, (p) => p.get(WORKSHOP_ID) === workshopId).map((p) => {
    const { workshopId: _, ...rest } = readProposalFields(doc, p, options?.onRepair);
    return rest;
  });
  // The budget as the workshop reads, so votes read the same after an import.
  const stored = findEntity(doc, WORKSHOPS, workshopId)?.get('dotsPerParticipant');
  const dots = (stored === undefined ? undefined : workshopSpec.rules.dotsPerParticipant?.(stored)) as
    | number
    | undefined;
  return capVotes(resolveMerges(proposals), dots ?? (workshopSpec.scalars.dotsPerParticipant as number));
}
/** How many workshops `readWorkshops` reads, without reading them and their proposals. */
export function countWorkshops(doc: Y.Doc): number {
  return orderedEntities(doc, WORKSHOPS).length;
}
/** Workshops in order, each with its proposals. */
export function readWorkshops(doc: Y.Doc, options?: ReadOptions): WorkshopJSON[] {
  return readAll<Omit<WorkshopJSON, 'proposals'>>(doc, workshopSpec, options).map((w) => ({
    ...w,
    proposals: readProposals(doc, w.id, options),
  }));
}
