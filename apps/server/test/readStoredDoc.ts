import { join } from 'node:path';
import Database from 'better-sqlite3';
import * as Y from 'yjs';
import { decodePieces } from '../src/sync/encodePieces.ts';

/** What SQLite holds for a concept right now (snapshot plus updates), read from the file by its own connection. */
export function readStoredDoc(dataDir: string, conceptId: string): Y.Doc {
  const db = new Database(join(dataDir, 'werkbank.sqlite'), { readonly: true });
  try {
    const doc = new Y.Doc();
    const snapshot = db
      .prepare<[string], { data: Buffer; pieces: number }>(
        'SELECT data, pieces FROM doc_snapshots WHERE concept_id = ?',
      )
      .get(conceptId);
    const data = snapshot && new Uint8Array(snapshot.data);
    for (const piece of !data ? [] : snapshot.pieces === 1 ? decodePieces(data) : [data])
      Y.applyUpdate(doc, piece);
    const updates = db
      .prepare<[string], { data: Buffer }>('SELECT data FROM doc_updates WHERE concept_id = ? ORDER BY seq')
      .all(conceptId);
    for (const { data } of updates) Y.applyUpdate(doc, data);
    return doc;
  } finally {
    db.close();
  }
}
