import type * as Y from 'yjs';
import { proposalSpec } from '../model/entitySpecs.ts';
import { collection, type EntityMap, entityKey, isLive } from '../model/entityStore.ts';
import { PROPOSALS } from '../model/keys.ts';
import { readEntityFields } from '../model/readEntityFields.ts';
import type { ProposalJSON } from './conceptJsonSchema.ts';

type Fields = ProposalJSON & { workshopId: string };

/** A proposal as read, with the paths of the stored values that did not fit (told again on every read). */
interface Read {
  fields: Fields;
  repairs: readonly string[];
}

/** Proposals read before, per document, each dropped when a change touches it. */
const caches = new WeakMap<Y.Doc, Map<string, Read>>();

function cacheOf(doc: Y.Doc): Map<string, Read> {
  let cache = caches.get(doc);
  if (cache) return cache;
  const fresh = new Map<string, Read>();
  const proposals: unknown = collection(doc, PROPOSALS);
  // Dropped before any observer runs: an observer registered earlier (a React snapshot hook) may read at once,
  // and must never get what the transaction just changed.
  doc.on('beforeObserverCalls', (transaction: Y.Transaction) => {
    for (const [type, keys] of transaction.changed) {
      if (type === proposals) {
        for (const key of keys) if (key !== null) fresh.delete(key);
        continue;
      }
      // A reference may point at an entity that was gone when the proposal was read and is back now.
      if (type._item === null) {
        fresh.clear();
        return;
      }
      let inner = type;
      while (inner._item && inner._item.parent !== proposals) inner = inner._item.parent as typeof type;
      const key = inner._item?.parentSub;
      if (key) fresh.delete(key);
    }
  });
  caches.set(doc, fresh);
  cache = fresh;
  return cache;
}

/**
 * A proposal's fields as `readEntityFields` gives them, remembered until a change touches the proposal: a
 * workshop of hundreds of proposals is read on every vote, and most proposals did not change since.
 * References are checked again on every read, as they point into other collections.
 */
export function readProposalFields(doc: Y.Doc, entity: EntityMap, onRepair?: (path: string) => void): Fields {
  // Inside a transaction, observers have not run yet: what is remembered may be stale.
  const inTransaction = (doc as Y.Doc & { _transaction: unknown })._transaction !== null;
  const id = entityKey(entity);
  const cache = inTransaction ? null : cacheOf(doc);
  let read = cache?.get(id);
  if (!read) {
    const repairs: string[] = [];
    const fields = readEntityFields(doc, entity, proposalSpec, {
      onRepair: (path) => repairs.push(path),
    }) as Fields;
    // Shared between readers: frozen, so no reader can change what the next one gets.
    Object.freeze(fields.votes);
    Object.freeze(fields);
    read = { fields, repairs };
    cache?.set(id, read);
  }
  if (onRepair) for (const path of read.repairs) onRepair(path);
  const { fields } = read;
  const { fieldId, measureId, mergedInto } = fields;
  const live = (key: Parameters<typeof isLive>[1], ref: string | null) =>
    ref === null || isLive(doc, key, ref);
  if (live('fieldsOfAction', fieldId) && live('measures', measureId) && live(PROPOSALS, mergedInto))
    return fields;
  return {
    ...fields,
    fieldId: live('fieldsOfAction', fieldId) ? fieldId : null,
    measureId: live('measures', measureId) ? measureId : null,
    mergedInto: live(PROPOSALS, mergedInto) ? mergedInto : null,
  };
}
