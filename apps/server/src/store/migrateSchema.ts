import type Database from 'better-sqlite3';
import { migrations } from './migrations.ts';

/**
 * Runs the migrations the file has not seen yet, each in its own transaction with its new `user_version`, so
 * a crash leaves the file at one version or the next. Refuses a file written by a newer server.
 */
export function migrateSchema(db: Database.Database, steps = migrations): void {
  const current = db.pragma('user_version', { simple: true }) as number;
  if (current > steps.length)
    throw new Error(`database schema version ${current} is newer than this server (${steps.length})`);
  for (let version = current + 1; version <= steps.length; version += 1) {
    const step = steps[version - 1] as (db: Database.Database) => void;
    db.transaction(() => {
      step(db);
      db.pragma(`user_version = ${version}`);
    })();
  }
}
