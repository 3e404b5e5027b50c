import type Database from 'better-sqlite3';
import { keyVersionsByConcept, VERSIONS_TABLE } from './keyVersionsByConcept.ts';

const INITIAL_SCHEMA = `
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

/**
 * The schema's history, oldest first; `PRAGMA user_version` holds how many have run. Version 1 is the schema
 * files had before versions were counted, written idempotently so such a file (user_version 0) takes it as is.
 * Append new steps; never change one that has shipped.
 */
export const migrations: readonly ((db: Database.Database) => void)[] = [
  (db) => {
    db.exec(INITIAL_SCHEMA);
    keyVersionsByConcept(db);
  },
  (db) => db.exec('ALTER TABLE links ADD COLUMN workshop_id TEXT'),
  (db) =>
    db.exec(
      'CREATE TABLE rate_counts (key TEXT PRIMARY KEY, window_start INTEGER NOT NULL, count INTEGER NOT NULL)',
    ),
  // A snapshot in pieces (`pieces` 1: the pieces as `encodePieces` writes them; 0: one Yjs update, as before) with
  // its summary (JSON, see StoredSnapshot). Snapshots stored before stay as they are until their concept is loaded.
  (db) =>
    db.exec(`ALTER TABLE doc_snapshots ADD COLUMN pieces INTEGER NOT NULL DEFAULT 0;
      ALTER TABLE doc_snapshots ADD COLUMN summary TEXT;`),
];
