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
import { ADOPTED_VERSION_ID, CHECKLIST, META, PROPOSALS, WORKSHOP_ID, WORKSHOPS } from '../model/keys.ts';
import type { ReadOptions } from '../model/readEntityFields.ts';
import { readEntityFields } from '../model/readEntityFields.ts';
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
import { readProposalFields } from './readProposalFields.ts';
import { resolveMerges } from './resolveMerges.ts';
import { uniqueCodes } from './uniqueCodes.ts';

/** Entities whose rich text was not read. */
export type Light<T> = Omit<T, 'body' | 'description'> &
  Partial<Pick<T, Extract<keyof T, 'body' | 'description'>>>;

function readAll<T>(doc: Y.Doc, spec: EntitySpec, options?: ReadOptions): T[] {
  return orderedEntities(doc, spec.collection).map((e) => readEntityFields(doc, e, spec, options) as T);
}

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

/** The concept's meta data. */
export function readMeta(doc: Y.Doc): ConceptMeta {
  const meta = doc.getMap<unknown>(META);
  const out: Record<string, unknown> = {};
  for (const [key, fallback] of Object.entries(DEFAULT_META)) out[key] = meta.get(key) ?? fallback;
  return out as unknown as ConceptMeta;
}

/** Checklist items marked done, by id. */
export function readChecklist(doc: Y.Doc): Record<string, boolean> {
  const entries = [...doc.getMap<boolean>(CHECKLIST).entries()].sort(([a], [b]) => (a < b ? -1 : 1));
  return Object.fromEntries(entries);
}

/** Chapters in order (with bodies when `richText` is set). */
export function readChapters(doc: Y.Doc, options?: ReadOptions): Light<ChapterJSON>[] {
  return readAll(doc, chapterSpec, options);
}
/** Fields of action in order. */
export function readFieldsOfAction(doc: Y.Doc): FieldOfActionJSON[] {
  return readAll(doc, fieldOfActionSpec);
}
/** Goals in sibling order (feed to `goalTree` for the tree). */
export function readGoals(doc: Y.Doc, options?: ReadOptions): Light<GoalJSON>[] {
  return readAll(doc, goalSpec, options);
}
/** Measures in concept order. */
export function readMeasures(doc: Y.Doc, options?: ReadOptions): Light<MeasureJSON>[] {
  return uniqueCodes(readAll(doc, measureSpec, options));
}
/** Actors in order. */
export function readActors(doc: Y.Doc): ActorJSON[] {
  return readAll(doc, actorSpec);
}
/** Phenomenon areas in order. */
export function readPhenomena(doc: Y.Doc): PhenomenonJSON[] {
  return readAll(doc, phenomenonSpec);
}
/** Saved versions in order. */
export function readVersions(doc: Y.Doc): VersionJSON[] {
  const adoptedId = doc.getMap<unknown>(META).get(ADOPTED_VERSION_ID);
  return readAll<Omit<VersionJSON, 'adopted'>>(doc, versionSpec).map(({ resolution, ...v }) => ({
    ...v,
    adopted: v.id === adoptedId,
    resolution,
  }));
}
/** The proposals of one workshop in order. */
export function readProposals(doc: Y.Doc, workshopId: string): ProposalJSON[] {
  const proposals = orderedEntities(doc, PROPOSALS, (p) => p.get(WORKSHOP_ID) === workshopId).map((p) => {
    const { workshopId: _, ...rest } = readProposalFields(doc, p);
    return rest;
  });
  const dots = findEntity(doc, WORKSHOPS, workshopId)?.get('dotsPerParticipant');
  return capVotes(resolveMerges(proposals), typeof dots === 'number' ? dots : Number.POSITIVE_INFINITY);
}
/** Workshops in order, each with its proposals. */
export function readWorkshops(doc: Y.Doc): WorkshopJSON[] {
  return readAll<Omit<WorkshopJSON, 'proposals'>>(doc, workshopSpec).map((w) => ({
    ...w,
    proposals: readProposals(doc, w.id),
  }));
}
