import * as Y from 'yjs';
import { ConceptError } from './ConceptError.ts';
import { createId } from './createId.ts';
import type { EntitySpec } from './entitySpecs.ts';
import {
  collection,
  compareByOrder,
  type EntityMap,
  findEntity,
  orderedEntities,
  orderOf,
} from './entityStore.ts';
import { ID, ORDER } from './keys.ts';
import { orderKeyBetween } from './orderKeys.ts';
import { checkRichTextFields, initEntityTypes, writeEntityFields } from './writeEntityFields.ts';

/** Where a new or moved entity goes among its siblings; default is the end. */
export interface Placement {
  index?: number;
  siblings?: (entity: EntityMap) => boolean;
}

/** The entity or a "not found" error naming what was looked for. */
export function requireEntity(doc: Y.Doc, spec: EntitySpec, id: string): EntityMap {
  const entity = findEntity(doc, spec.collection, id);
  if (!entity) throw new ConceptError('not-found', `nicht gefunden: ${id}`, `${spec.collection}.${id}`);
  return entity;
}

function orderKeyAt(doc: Y.Doc, spec: EntitySpec, placement: Placement, excludeId?: string): string {
  // Appending needs only the last sibling: one pass instead of sorting them all (proposals arrive by hundreds).
  if (placement.index === undefined) {
    let last: EntityMap | null = null;
    for (const entity of collection(doc, spec.collection).values()) {
      if (entity.get(ID) === excludeId || (placement.siblings && !placement.siblings(entity))) continue;
      if (!last || compareByOrder(entity, last) > 0) last = entity;
    }
    return orderKeyBetween(last ? orderOf(last) || null : null, null);
  }
  const siblings = orderedEntities(doc, spec.collection, placement.siblings).filter(
    (e) => e.get(ID) !== excludeId,
  );
  const index = Math.max(0, Math.min(placement.index ?? siblings.length, siblings.length));
  const before = index > 0 ? orderOf(siblings[index - 1] as EntityMap) : null;
  const after = index < siblings.length ? orderOf(siblings[index] as EntityMap) : null;
  return orderKeyBetween(before || null, after || null);
}

/** Inserts a new entity with validated `data` at `placement`; returns its id. */
export function addEntity(
  doc: Y.Doc,
  spec: EntitySpec,
  data: Record<string, unknown>,
  placement: Placement = {},
  id = createId(),
): string {
  doc.transact(() => insertEntity(doc, spec, data, id, orderKeyAt(doc, spec, placement, id)));
  return id;
}

/** Inserts an entity with a known id and order key (used by `addEntity` and `fromJSON`). */
export function insertEntity(
  doc: Y.Doc,
  spec: EntitySpec,
  data: Record<string, unknown>,
  id: string,
  order: string,
): void {
  checkRichTextFields(spec, data, `${spec.collection}.${id}`);
  doc.transact(() => {
    const entity = new Y.Map<unknown>();
    collection(doc, spec.collection).set(id, entity);
    entity.set(ID, id);
    entity.set(ORDER, order);
    // A field `data` gives is written once, below: writing its default first would keep a deleted item for it in
    // the document for good (about a sixth of an imported concept's items).
    for (const [field, fallback] of Object.entries(spec.scalars))
      if (!spec.texts?.includes(field) && data[field] === undefined) entity.set(field, fallback);
    initEntityTypes(entity, spec);
    writeEntityFields(entity, spec, data, `${spec.collection}.${id}`);
  });
}

/** Writes validated `data` into an existing entity. */
export function updateEntity(doc: Y.Doc, spec: EntitySpec, id: string, data: Record<string, unknown>): void {
  const entity = requireEntity(doc, spec, id);
  checkRichTextFields(spec, data, `${spec.collection}.${id}`);
  doc.transact(() => writeEntityFields(entity, spec, data, `${spec.collection}.${id}`));
}

/** Moves an entity to `index` among its siblings by giving it a new order key (a move never duplicates). */
export function moveEntity(doc: Y.Doc, spec: EntitySpec, id: string, placement: Placement): void {
  const entity = requireEntity(doc, spec, id);
  doc.transact(() => entity.set(ORDER, orderKeyAt(doc, spec, placement, id)));
}

/** Removes an entity from its collection. */
export function removeEntity(doc: Y.Doc, spec: EntitySpec, id: string): void {
  requireEntity(doc, spec, id);
  doc.transact(() => collection(doc, spec.collection).delete(id));
}
