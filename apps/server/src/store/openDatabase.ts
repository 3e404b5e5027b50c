import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { migrateSchema } from './migrateSchema.ts';

/** How hard SQLite syncs to disk: `normal` survives a killed process, `full` also a power cut. */
export type SyncMode = 'normal' | 'full';

/**
 * Opens (and creates) `werkbank.sqlite` in `dataDir` in WAL mode, migrated to the current schema.
 * A committed write survives SIGKILL in either sync mode; `full` fsyncs every commit.
 */
export function openDatabase(dataDir: string, syncMode: SyncMode = 'normal'): Database.Database {
  mkdirSync(dataDir, { recursive: true });
  const db = new Database(join(dataDir, 'werkbank.sqlite'));
  db.pragma('journal_mode = WAL');
  db.pragma(`synchronous = ${syncMode === 'full' ? 'FULL' : 'NORMAL'}`);
  db.pragma('foreign_keys = ON');
  db.pragma('busy_timeout = 5000');
  // Deleted rows are overwritten, not just unlinked: a deleted workshop's proposals must not linger in free
  // pages, where a backup copy of the file would still carry them.
  db.pragma('secure_delete = ON');
  // Checkpoints mostly run in a worker thread (startCheckpointer); under constant writing they never quite
  // finish there, so the WAL could not restart. A rare checkpoint here (every 64 MiB) lets it restart.
  db.pragma('wal_autocheckpoint = 16384');
  db.pragma('journal_size_limit = 67108864');
  migrateSchema(db);
  return db;
}
