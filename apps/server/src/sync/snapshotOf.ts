import { docSchemaVersion, encodeStatePieces, readMeta, readTrash } from '@werkbank/concept';
import type * as Y from 'yjs';
import { type StoredSnapshot, SUMMARY_FORMAT } from '../store/StoredSnapshot.ts';

/** What `DocStore.compact` stores of `doc`: its state in pieces and its summary. */
export function snapshotOf(doc: Y.Doc): StoredSnapshot {
  const { title, territory, territoryType, programme, phase, status } = readMeta(doc);
  const purgeTimes = readTrash(doc).map((entry) => Date.parse(entry.purgeAt));
  return {
    pieces: encodeStatePieces(doc),
    summary: {
      format: SUMMARY_FORMAT,
      schemaVersion: docSchemaVersion(doc),
      meta: { title, territory, territoryType, programme, phase, status },
      trashPurgeAt: purgeTimes.length > 0 ? new Date(Math.min(...purgeTimes)).toISOString() : null,
    },
  };
}
