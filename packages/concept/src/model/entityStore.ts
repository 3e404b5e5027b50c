import * as Y from 'yjs';
import type { CollectionKey } from './keys.ts';
import { ID, ORDER, PROPOSALS, WORKSHOP_ID, WORKSHOPS } from './keys.ts';

/** An entity as stored: a Y.Map of its fields. */
export type EntityMap = Y.Map<unknown>;

/** The keyed map of one collection. */
export function collection(doc: Y.Doc, key: CollectionKey): Y.Map<EntityMap> {
  return doc.getMap<EntityMap>(key);
}

/** The entity with `id`, or undefined. */
export function findEntity(doc: Y.Doc, key: CollectionKey, id: string): EntityMap | undefined {
  return collection(doc, key).get(id);
}

/**
 * Whether readers show the entity with `id`: it exists and, for a proposal, so does its workshop (a proposal
 * added while another replica deleted its workshop survives the merge without one).
 */
export function isLive(doc: Y.Doc, key: CollectionKey, id: string): boolean {
  const entity = findEntity(doc, key, id);
  if (!entity || key !== PROPOSALS) return entity !== undefined;
  return collection(doc, WORKSHOPS).has(String(entity.get(WORKSHOP_ID)));
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
  const ia = String(a.get(ID));
  const ib = String(b.get(ID));
  return ia < ib ? -1 : ia > ib ? 1 : 0;
}

/** All entities of a collection in order, optionally filtered. */
export function orderedEntities(
  doc: Y.Doc,
  key: CollectionKey,
  filter?: (entity: EntityMap) => boolean,
): EntityMap[] {
  const all = [...collection(doc, key).values()];
  return (filter ? all.filter(filter) : all).sort(compareByOrder);
}

/** Whether `value` is a Y type that lives inside an entity (as opposed to a scalar). */
export function isYType(value: unknown): value is Y.AbstractType<unknown> {
  return value instanceof Y.AbstractType;
}
