import { resolve } from 'node:path';
import proxyAddr from '@fastify/proxy-addr';
import type { ServerOptions } from '../createServer.ts';
import { defaultWorkshopLimits, type WorkshopLimits } from '../workshops/WorkshopLimits.ts';
import { EnvReader } from './EnvReader.ts';
import { SettingsError } from './SettingsError.ts';

const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;

function workshopVariable(name: string): string {
  return `WORKSHOP_${name.replace(/[A-Z]/g, (c) => `_${c}`).toUpperCase()}`;
}

function trustProxy(env: EnvReader): boolean | string {
  const value = env.text('TRUST_PROXY');
  if (value === undefined || value === 'false') return false;
  if (value === 'true') return true;
  try {
    proxyAddr.compile(value.split(',').map((entry) => entry.trim()));
  } catch {
    env.refuse('TRUST_PROXY', `„${value}“ ist weder true/false noch eine Liste von Adressen oder Netzen.`);
  }
  return value;
}

function workshopLimits(env: EnvReader, vars: NodeJS.ProcessEnv): Partial<WorkshopLimits> {
  const limits: Partial<WorkshopLimits> = {};
  const known = new Set<string>();
  for (const name of Object.keys(defaultWorkshopLimits) as (keyof WorkshopLimits)[]) {
    known.add(workshopVariable(name));
    const value = env.integer(workshopVariable(name), 1);
    if (value !== undefined) limits[name] = value;
  }
  for (const name of Object.keys(vars)) {
    if (name.startsWith('WORKSHOP_') && !known.has(name))
      env.refuse(name, 'diese Einstellung gibt es nicht.');
  }
  return limits;
}

/**
 * The server's settings from the environment (docs/API.md lists them). Every variable is checked; a bad one
 * is not replaced by its default but refused by name, all of them at once, with a SettingsError.
 * @param cwd where a relative DATA_DIR starts
 */
export function settingsFromEnv(vars: NodeJS.ProcessEnv, cwd: string): ServerOptions {
  const env = new EnvReader(vars);
  const maxCreations = env.integer('CREATE_LIMIT_MAX', 1);
  const creationWindowMs = env.integer('CREATE_LIMIT_WINDOW_MS', 1);
  const unloadDelayMs = env.integer('UNLOAD_DELAY_MS', 0, 2 ** 31 - 1);
  const importBodyLimit = env.integer('IMPORT_BODY_LIMIT', 1024);
  const workerMemoryMb = env.integer('WORKER_MEMORY_MB', 64);
  const workerYoungMb = env.integer('WORKER_YOUNG_MB', 1, 1024);
  const backupMinutes = env.integer('BACKUP_INTERVAL_MINUTES', 0, 60 * 24 * 366);
  const backupKeep = env.integer('BACKUP_KEEP', 1, 10_000);
  const backupDir = env.text('BACKUP_DIR');
  env.oneOf('LOG_LEVEL', LOG_LEVELS);
  const settings: ServerOptions = {
    port: env.integer('PORT', 0, 65535) ?? 8080,
    host: env.text('HOST') ?? '0.0.0.0',
    dataDir: resolve(cwd, env.text('DATA_DIR') ?? 'data'),
    publicUrl: env.url('PUBLIC_URL'),
    syncMode: env.oneOf('SQLITE_SYNC', ['normal', 'full'] as const) ?? 'normal',
    trustProxy: trustProxy(env),
    creationLimit: {
      ...(maxCreations === undefined ? {} : { max: maxCreations }),
      ...(creationWindowMs === undefined ? {} : { windowMs: creationWindowMs }),
    },
    sync: unloadDelayMs === undefined ? {} : { unloadDelayMs },
    ...(importBodyLimit === undefined ? {} : { importBodyLimit }),
    exportsPerMinute: env.integer('EXPORTS_PER_MINUTE', 1),
    metricsToken: env.text('METRICS_TOKEN'),
    work: {
      ...(workerMemoryMb === undefined ? {} : { memoryMb: workerMemoryMb }),
      ...(workerYoungMb === undefined ? {} : { youngMemoryMb: workerYoungMb }),
    },
    workshops: workshopLimits(env, vars),
    backups: {
      ...(backupDir === undefined ? {} : { dir: resolve(cwd, backupDir) }),
      ...(backupMinutes === undefined ? {} : { intervalMs: backupMinutes * 60_000 }),
      ...(backupKeep === undefined ? {} : { keep: backupKeep }),
    },
  };
  if (env.problems.length > 0) throw new SettingsError(env.problems);
  return settings;
}
