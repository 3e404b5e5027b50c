import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';

/** Held while the server runs; `release()` on close. */
export interface DataDirLock {
  release(): void;
}

function holderPid(pidFile: string): string {
  try {
    return readFileSync(pidFile, 'utf8').trim() || 'unbekannt';
  } catch {
    return 'unbekannt';
  }
}

/**
 * Makes this process the only one serving `dataDir`: two servers on one SQLite file lose data (each compacts
 * away rows the other appended). The lock is SQLite's own exclusive file lock on `werkbank.lock`, held in an
 * open transaction; the operating system drops it with the process, so a crash or SIGKILL leaves no stale
 * lock. `werkbank.pid` beside it only names the holder in the refusal.
 */
export function lockDataDir(dataDir: string): DataDirLock {
  mkdirSync(dataDir, { recursive: true });
  const pidFile = join(dataDir, 'werkbank.pid');
  const db = new Database(join(dataDir, 'werkbank.lock'));
  db.pragma('busy_timeout = 0');
  db.pragma('locking_mode = EXCLUSIVE');
  try {
    db.exec('BEGIN EXCLUSIVE');
  } catch (error) {
    db.close();
    if ((error as { code?: string }).code !== 'SQLITE_BUSY') throw error;
    throw new Error(
      `DATA_DIR ${dataDir} wird schon von einem anderen Werkbank-Prozess verwendet (pid ${holderPid(pidFile)}). ` +
        'Zwei Server auf denselben Daten würden Änderungen verlieren: bitte den anderen beenden oder ein anderes DATA_DIR wählen. ' +
        `(DATA_DIR ${dataDir} is in use by another Werkbank process.)`,
    );
  }
  writeFileSync(pidFile, `${process.pid}\n`);
  return {
    release() {
      if (!db.open) return;
      rmSync(pidFile, { force: true });
      db.close();
    },
  };
}
