import * as Y from 'yjs';
import { fitsLength } from './fieldRules.ts';
import type { CollectionKey } from './keys.ts';
import { DELETED_AT, ORDER, PROPOSALS, WORKSHOP_ID, WORKSHOPS } from './keys.ts';

/** An entity as stored: a Y.Map of its fields. */
export type EntityMap = Y.Map<unknown>;

/** The keyed map of one collection. */
export function collection(doc: Y.Doc, key: CollectionKey): Y.Map<EntityMap> {
  return doc.getMap<EntityMap>(key);
}

/** The entity with `id`, or undefined — also when it lies in the Papierkorb. */
export function findEntity(doc: Y.Doc, key: CollectionKey, id: string): EntityMap | undefined {
  const entity = collection(doc, key).get(id);
  return entity instanceof Y.Map && isTrashed(entity) ? undefined : entity;
}

/** The entity with `id` as stored, whether live or in the Papierkorb. */
export function findStoredEntity(doc: Y.Doc, key: CollectionKey, id: string): EntityMap | undefined {
  return collection(doc, key).get(id);
}

/** When the entity was moved to the Papierkorb (ms since the epoch), or null while it is live. */
export function trashedAt(entity: EntityMap): number | null {
  const stored = entity.get(DELETED_AT);
  if (typeof stored !== 'string') return null;
  const time = Date.parse(stored);
  return Number.isFinite(time) ? time : null;
}

/** Whether the entity lies in the Papierkorb (only a readable deletion time counts: anything else is live). */
export function isTrashed(entity: EntityMap): boolean {
  return trashedAt(entity) !== null;
}

/** Most characters of an id Concept JSON takes. */
const MAX_ID_LENGTH = 64;

/**
 * Whether readers show the entity with `id`: it exists (as an entity map under a usable id) and, for a
 * proposal, so does its workshop (a proposal added while another replica deleted its workshop survives the
 * merge without one).
 */
export function isLive(doc: Y.Doc, key: CollectionKey, id: string): boolean {
  if (id.length === 0 || !fitsLength(id, MAX_ID_LENGTH)) return false;
  const entity = findEntity(doc, key, id);
  if (!(entity instanceof Y.Map)) return false;
  if (key !== PROPOSALS) return true;
  const workshopId = entity.get(WORKSHOP_ID);
  return typeof workshopId === 'string' && isLive(doc, WORKSHOPS, workshopId);
}

/**
 * The id an entity is stored under in its collection. Readers use it rather than the entity's own `id` field:
 * links name this key, and a raw client may have changed the field.
 */
export function entityKey(entity: EntityMap): string {
  return entity._item?.parentSub ?? '';
}

/** The order key of an entity ('' when missing, which sorts first). */
export function orderOf(entity: EntityMap): string {
  const order = entity.get(ORDER);
  return typeof order === 'string' ? order : '';
}

/** Sorts by order key, ties broken by id, so every replica sees the same order. */
export function compareByOrder(a: EntityMap, b: EntityMap): number {
  const oa = orderOf(a);
  const ob = orderOf(b);
  if (oa !== ob) return oa < ob ? -1 : 1;
  const ia = entityKey(a);
  const ib = entityKey(b);
  return ia < ib ? -1 : ia > ib ? 1 : 0;
}

/**
 * All live entities of a collection in order, optionally filtered; what is not an entity map under a usable id,
 * and what lies in the Papierkorb, is left out.
 */
export function orderedEntities(
  doc: Y.Doc,
  key: CollectionKey,
  filter?: (entity: EntityMap) => boolean,
): EntityMap[] {
  // Order keys are read once per entity, not twice per comparison: hundreds of proposals are sorted per vote.
  const all: { order: string; id: string; entity: EntityMap }[] = [];
  for (const [id, entity] of collection(doc, key).entries())
    if (
      entity instanceof Y.Map &&
      !isTrashed(entity) &&
      id.length > 0 &&
      fitsLength(id, MAX_ID_LENGTH) &&
      (!filter || filter(entity))
    )
      all.push({ order: orderOf(entity), id: entityKey(entity), entity });
  all.sort((a, b) =>
    a.order !== b.order ? (a.order < b.order ? -1 : 1) : a.id < b.id ? -1 : a.id > b.id ? 1 : 0,
  );
  return all.map((entry) => entry.entity);
}

/** Whether `value` is a Y type that lives inside an entity (as opposed to a scalar). */
export function isYType(value: unknown): value is Y.AbstractType<unknown> {
  return value instanceof Y.AbstractType;
}
