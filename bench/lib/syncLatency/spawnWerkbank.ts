import { spawn } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { freePort } from './freePort.ts';
import type { SyncTarget } from './SyncTarget.ts';
import { waitUntilUp } from './waitUntilUp.ts';

const serverDir = fileURLToPath(new URL('../../../apps/server', import.meta.url));

/** Werkbank's server (apps/server/src/main.ts, SQLite durability on, fresh data dir) with one new concept. */
export async function spawnWerkbank(): Promise<SyncTarget> {
  const port = await freePort();
  const dataDir = mkdtempSync(join(tmpdir(), 'werkbank-bench-'));
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts'], {
    cwd: serverDir,
    env: { ...process.env, HOST: '127.0.0.1', PORT: String(port), DATA_DIR: dataDir, LOG_LEVEL: 'warn' },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const base = `http://127.0.0.1:${port}`;
  await waitUntilUp(`${base}/api/health`, child);
  const response = await fetch(`${base}/api/concepts`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      templateId: 'nrweltoffen',
      title: 'Benchmark',
      territory: 'Kreis Bench',
      territoryType: 'kreis',
    }),
  });
  const { id, ownerToken } = (await response.json()) as { id: string; ownerToken: string };
  return {
    name: 'Werkbank (SQLite, durable)',
    child,
    serverUrl: `ws://127.0.0.1:${port}/sync`,
    room: id,
    params: { token: ownerToken },
  };
}
