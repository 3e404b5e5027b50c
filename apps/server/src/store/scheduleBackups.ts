import { mkdirSync, readdirSync, renameSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type Database from 'better-sqlite3';

/** When and where the server copies its database, and how many copies it keeps. */
export interface BackupOptions {
  /** Folder for the copies; created when missing. */
  dir: string;
  /** Time between copies; 0 turns scheduled copies off. */
  intervalMs: number;
  /** Newest copies kept; older ones are deleted after each new copy. */
  keep: number;
}

/** What a scheduled backup reports to the log. */
export interface BackupEvents {
  written(file: string, bytes: number, ms: number, pruned: readonly string[]): void;
  failed(error: unknown): void;
}

/** Running scheduled backups; `runNow` makes one at once, `stop` ends the schedule after a copy in progress. */
export interface BackupSchedule {
  runNow(): Promise<string>;
  stop(): Promise<void>;
}

const PREFIX = 'werkbank-';
const SUFFIX = '.sqlite';

/** `werkbank-2026-12-06T15-04-05-123Z.sqlite`: sorts by time, safe on every file system. */
export function backupFileName(now: Date): string {
  return `${PREFIX}${now.toISOString().replace(/:/g, '-').replace('.', '-')}${SUFFIX}`;
}

/** The backup copies in `dir`, newest first. */
export function listBackups(dir: string): string[] {
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch {
    return [];
  }
  return names
    .filter((name) => name.startsWith(PREFIX) && name.endsWith(SUFFIX))
    .sort()
    .reverse();
}

/**
 * Copies the live SQLite database with its online backup API (page by page between other work, no stopped
 * server, a consistent copy even while people write) into `dir` on a schedule, keeping the newest `keep`. A copy
 * is written under a temporary name and renamed when complete, so a listed file is always a whole database.
 */
export function scheduleBackups(
  db: Database.Database,
  options: BackupOptions,
  events: BackupEvents,
): BackupSchedule {
  let running: Promise<string> | null = null;
  let stopped = false;

  async function copy(): Promise<string> {
    mkdirSync(options.dir, { recursive: true });
    const started = performance.now();
    const name = backupFileName(new Date());
    const target = join(options.dir, name);
    const partial = `${target}.partial`;
    try {
      await db.backup(partial);
      renameSync(partial, target);
    } catch (error) {
      rmSync(partial, { force: true });
      throw error;
    }
    const pruned = listBackups(options.dir).slice(Math.max(1, options.keep));
    for (const old of pruned) rmSync(join(options.dir, old), { force: true });
    events.written(target, statSync(target).size, Math.round(performance.now() - started), pruned);
    return target;
  }

  function runNow(): Promise<string> {
    running ??= copy().finally(() => {
      running = null;
    });
    return running;
  }

  let timer: ReturnType<typeof setTimeout> | null = null;
  function schedule(delayMs: number): void {
    timer = setTimeout(() => {
      if (stopped) return;
      runNow()
        .catch((error) => events.failed(error))
        .finally(() => {
          if (!stopped) schedule(options.intervalMs);
        });
    }, delayMs);
    timer.unref();
  }
  if (options.intervalMs > 0) {
    // A server restarted more often than the interval still backs up: the first copy is due one interval after
    // the newest one there is (at once when there is none, or it is older).
    const newest = listBackups(options.dir)[0];
    const newestAt = newest ? statSync(join(options.dir, newest)).mtimeMs : 0;
    schedule(Math.max(0, Math.min(options.intervalMs, newestAt + options.intervalMs - Date.now())));
  }

  return {
    runNow,
    async stop() {
      stopped = true;
      if (timer) clearTimeout(timer);
      await running?.catch(() => {});
    },
  };
}
