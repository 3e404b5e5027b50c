import { type ConceptJSON, readVersions } from '@werkbank/concept';
import type * as Y from 'yjs';
import { snapshotOf } from '../sync/snapshotOf.ts';
import type { BuiltConcept } from './BuiltConcept.ts';

/** What `saveNewConcept` stores for `doc`: its state, and the snapshots (by version id) of versions it lists. */
export function buildConcept(
  doc: Y.Doc,
  snapshots: ReadonlyMap<string, ConceptJSON> = new Map(),
): BuiltConcept {
  const frozen = readVersions(doc)
    .filter((version) => snapshots.has(version.id))
    .map(({ id, name, createdAt }) => ({ id, name, createdAt, json: snapshots.get(id) as ConceptJSON }));
  return { snapshot: snapshotOf(doc), frozen };
}
