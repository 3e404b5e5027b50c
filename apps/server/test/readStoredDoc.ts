import { join } from 'node:path';
import Database from 'better-sqlite3';
import * as Y from 'yjs';

/** What SQLite holds for a concept right now (snapshot plus updates), read from the file by its own connection. */
export function readStoredDoc(dataDir: string, conceptId: string): Y.Doc {
  const db = new Database(join(dataDir, 'werkbank.sqlite'), { readonly: true });
  try {
    const doc = new Y.Doc();
    const snapshot = db
      .prepare<[string], { data: Buffer }>('SELECT data FROM doc_snapshots WHERE concept_id = ?')
      .get(conceptId);
    if (snapshot) Y.applyUpdate(doc, snapshot.data);
    const updates = db
      .prepare<[string], { data: Buffer }>('SELECT data FROM doc_updates WHERE concept_id = ? ORDER BY seq')
      .all(conceptId);
    for (const { data } of updates) Y.applyUpdate(doc, data);
    return doc;
  } finally {
    db.close();
  }
}
