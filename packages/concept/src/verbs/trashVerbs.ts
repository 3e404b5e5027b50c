import * as Y from 'yjs';
import { ConceptError } from '../model/ConceptError.ts';
import { createId } from '../model/createId.ts';
import {
  collection,
  type EntityMap,
  entityKey,
  findStoredEntity,
  orderedEntities,
  trashedAt,
} from '../model/entityStore.ts';
import { cutText } from '../model/fieldRules.ts';
import {
  ACTORS,
  CHAPTERS,
  CODE,
  type CollectionKey,
  DELETED_AT,
  DELETED_BY,
  FIELDS_OF_ACTION,
  GOALS,
  MEASURES,
  TRASH_ID,
} from '../model/keys.ts';
import { sharedTextOf, textValue, writeSharedText } from '../model/sharedText.ts';

/** How long a deleted element stays in the Papierkorb before it is removed for good. */
export const TRASH_DAYS = 30;
const TRASH_MS = TRASH_DAYS * 24 * 60 * 60 * 1000;

/** The collections whose elements go to the Papierkorb when deleted. */
export const TRASHABLE: readonly CollectionKey[] = [CHAPTERS, FIELDS_OF_ACTION, GOALS, MEASURES, ACTORS];

/** Who deletes, and when (tests and the server pass a clock). */
export interface DeleteOptions {
  /** The display name of the person deleting; shown in the Papierkorb and to whoever had the element open. */
  by?: string;
  now?: Date;
}

/** One element in the Papierkorb. */
export interface TrashEntry {
  collection: CollectionKey;
  id: string;
  /** Title (a measure with its code, an actor's name); '' when it had none. */
  label: string;
  /** ISO time of the deletion. */
  deletedAt: string;
  /** Display name of whoever deleted it ('' when unknown). */
  deletedBy: string;
  /** Elements deleted together (a goal with its subgoals) share it and come back together. */
  trashId: string;
  /** When it will be removed for good (ISO time). */
  purgeAt: string;
}

const MAX_NAME = 120;

/**
 * Moves entities to the Papierkorb as one batch: they keep their content and their links (readers skip them and
 * every link to them while they lie there), so restoring brings both back. Returns the batch's id.
 */
export function trashEntities(
  doc: Y.Doc,
  items: readonly (readonly [CollectionKey, string])[],
  options: DeleteOptions = {},
): string {
  const trashId = createId();
  const when = (options.now ?? new Date()).toISOString();
  const by = cutText((options.by ?? '').trim(), MAX_NAME);
  doc.transact(() => {
    for (const [key, id] of items) {
      const entity = findStoredEntity(doc, key, id);
      if (!(entity instanceof Y.Map) || trashedAt(entity) !== null) continue;
      entity.set(DELETED_AT, when);
      entity.set(DELETED_BY, by);
      entity.set(TRASH_ID, trashId);
    }
  });
  return trashId;
}

function labelOf(key: CollectionKey, entity: EntityMap): string {
  const text = (field: string) => {
    const value = textValue(entity.get(field));
    return typeof value === 'string' ? value.trim() : '';
  };
  if (key === ACTORS) return text('name');
  if (key === MEASURES) return [text(CODE), text('title')].filter(Boolean).join(' ');
  return text('title');
}

function entryOf(key: CollectionKey, id: string, entity: EntityMap): TrashEntry | null {
  const at = trashedAt(entity);
  if (at === null) return null;
  const by = entity.get(DELETED_BY);
  const batch = entity.get(TRASH_ID);
  return {
    collection: key,
    id,
    label: labelOf(key, entity),
    deletedAt: new Date(at).toISOString(),
    deletedBy: typeof by === 'string' ? cutText(by, MAX_NAME) : '',
    trashId: typeof batch === 'string' && batch.length > 0 ? batch : `${key}/${id}`,
    purgeAt: new Date(at + TRASH_MS).toISOString(),
  };
}

/** Every element in the Papierkorb, the most recently deleted first. */
export function readTrash(doc: Y.Doc): TrashEntry[] {
  const entries: TrashEntry[] = [];
  for (const key of TRASHABLE)
    for (const [id, entity] of collection(doc, key).entries()) {
      if (!(entity instanceof Y.Map)) continue;
      const entry = entryOf(key, id, entity);
      if (entry) entries.push(entry);
    }
  return entries.sort((a, b) =>
    a.deletedAt !== b.deletedAt ? (a.deletedAt < b.deletedAt ? 1 : -1) : a.id < b.id ? -1 : 1,
  );
}

/** The Papierkorb entry of one element, or null when it is live or gone for good. */
export function trashEntryOf(doc: Y.Doc, key: CollectionKey, id: string): TrashEntry | null {
  const entity = findStoredEntity(doc, key, id);
  return entity instanceof Y.Map ? entryOf(key, id, entity) : null;
}

function untrash(entity: EntityMap): void {
  entity.delete(DELETED_AT);
  entity.delete(DELETED_BY);
  entity.delete(TRASH_ID);
}

/**
 * Takes an element out of the Papierkorb, with everything deleted in the same batch (a goal's subgoals). Its
 * links come back where their targets are live. Returns how many elements came back.
 */
export function restoreFromTrash(doc: Y.Doc, key: CollectionKey, id: string): number {
  const entry = trashEntryOf(doc, key, id);
  if (!entry) throw new ConceptError('not-found', `nicht im Papierkorb: ${id}`, `${key}.${id}`);
  let restored = 0;
  doc.transact(() => {
    for (const batchEntry of readTrash(doc)) {
      if (batchEntry.trashId !== entry.trashId) continue;
      const entity = findStoredEntity(doc, batchEntry.collection, batchEntry.id);
      if (entity instanceof Y.Map) {
        untrash(entity);
        if (batchEntry.collection === MEASURES) keepCodeUnique(doc, batchEntry.id, entity);
        restored++;
      }
    }
  });
  return restored;
}

function codeOf(entity: EntityMap): string {
  return String(textValue(entity.get(CODE)) ?? '').trim();
}

/** A measure that comes back while another took its code in the meantime gets the next free M-number. */
function keepCodeUnique(doc: Y.Doc, id: string, measure: EntityMap): void {
  const code = codeOf(measure).toLowerCase();
  const others = orderedEntities(doc, MEASURES).filter((m) => entityKey(m) !== id);
  if (code === '' || !others.some((m) => codeOf(m).toLowerCase() === code)) return;
  let highest = 0;
  for (const m of others) {
    const match = /^M-(\d+)$/.exec(codeOf(m));
    if (match) highest = Math.max(highest, Number(match[1]));
  }
  writeSharedText(sharedTextOf(measure, CODE), `M-${String(highest + 1).padStart(2, '0')}`);
}

/** Removes for good what has lain in the Papierkorb for more than 30 days; returns how many. */
export function purgeTrash(doc: Y.Doc, now: Date = new Date()): number {
  const expired = readTrash(doc).filter((entry) => Date.parse(entry.purgeAt) <= now.getTime());
  if (expired.length === 0) return 0;
  doc.transact(() => {
    for (const entry of expired) collection(doc, entry.collection).delete(entry.id);
  });
  return expired.length;
}
