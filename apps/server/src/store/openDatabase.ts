import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { keyVersionsByConcept, VERSIONS_TABLE } from './keyVersionsByConcept.ts';

const SCHEMA = `
CREATE TABLE IF NOT EXISTS concepts (
  id TEXT PRIMARY KEY,
  created_at TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS doc_snapshots (
  concept_id TEXT PRIMARY KEY REFERENCES concepts(id) ON DELETE CASCADE,
  data BLOB NOT NULL,
  updated_at TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS doc_updates (
  seq INTEGER PRIMARY KEY AUTOINCREMENT,
  concept_id TEXT NOT NULL REFERENCES concepts(id) ON DELETE CASCADE,
  data BLOB NOT NULL
);
CREATE INDEX IF NOT EXISTS doc_updates_by_concept ON doc_updates(concept_id, seq);
CREATE TABLE IF NOT EXISTS links (
  id TEXT PRIMARY KEY,
  concept_id TEXT NOT NULL REFERENCES concepts(id) ON DELETE CASCADE,
  role TEXT NOT NULL,
  label TEXT NOT NULL,
  token_hash TEXT NOT NULL UNIQUE,
  created_at TEXT NOT NULL,
  expires_at TEXT,
  revoked_at TEXT
);
CREATE INDEX IF NOT EXISTS links_by_concept ON links(concept_id);
${VERSIONS_TABLE}
`;

/** How hard SQLite syncs to disk: `normal` survives a killed process, `full` also a power cut. */
export type SyncMode = 'normal' | 'full';

/**
 * Opens (and creates) `werkbank.sqlite` in `dataDir` in WAL mode with the current schema.
 * A committed write survives SIGKILL in either sync mode; `full` fsyncs every commit.
 */
export function openDatabase(dataDir: string, syncMode: SyncMode = 'normal'): Database.Database {
  mkdirSync(dataDir, { recursive: true });
  const db = new Database(join(dataDir, 'werkbank.sqlite'));
  db.pragma('journal_mode = WAL');
  db.pragma(`synchronous = ${syncMode === 'full' ? 'FULL' : 'NORMAL'}`);
  db.pragma('foreign_keys = ON');
  db.pragma('busy_timeout = 5000');
  // Checkpoints mostly run in a worker thread (startCheckpointer); under constant writing they never quite
  // finish there, so the WAL could not restart. A rare checkpoint here (every 64 MiB) lets it restart.
  db.pragma('wal_autocheckpoint = 16384');
  db.pragma('journal_size_limit = 67108864');
  db.exec(SCHEMA);
  keyVersionsByConcept(db);
  return db;
}
