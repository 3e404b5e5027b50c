import { docSchemaVersion, encodeStatePieces, readMeta } from '@werkbank/concept';
import type * as Y from 'yjs';
import type { StoredSnapshot } from '../store/StoredSnapshot.ts';

/** What `DocStore.compact` stores of `doc`: its state in pieces and its summary. */
export function snapshotOf(doc: Y.Doc): StoredSnapshot {
  const { title, territory, territoryType, programme, phase, status } = readMeta(doc);
  return {
    pieces: encodeStatePieces(doc),
    summary: {
      schemaVersion: docSchemaVersion(doc),
      meta: { title, territory, territoryType, programme, phase, status },
    },
  };
}
