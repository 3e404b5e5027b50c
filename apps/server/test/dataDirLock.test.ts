import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { createServer } from '../src/createServer.ts';
import { freePort, killServer, spawnServer } from './spawnServer.ts';
import { startServer } from './startServer.ts';

const serverDir = fileURLToPath(new URL('..', import.meta.url));

/** Runs `src/main.ts` until it exits on its own; its exit code and what it wrote to stderr. */
function runToExit(port: number, dataDir: string): Promise<{ code: number | null; stderr: string }> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts'], {
    cwd: serverDir,
    env: { ...process.env, PORT: String(port), HOST: '127.0.0.1', DATA_DIR: dataDir, LOG_LEVEL: 'warn' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stderr = '';
  child.stderr.on('data', (chunk) => {
    stderr += chunk;
  });
  child.stdout.on('data', (chunk) => {
    stderr += chunk;
  });
  return new Promise((resolve) => child.on('exit', (code) => resolve({ code, stderr })));
}

describe('one server per data directory', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'werkbank-lock-'));
  let first: ChildProcess | undefined;
  let third: ChildProcess | undefined;
  afterAll(async () => {
    for (const child of [first, third]) if (child) await killServer(child, 'SIGKILL');
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('a second process on the same DATA_DIR refuses to start and says why; after a SIGKILL the lock is gone', async () => {
    first = await spawnServer(await freePort(), dataDir);
    const second = await runToExit(await freePort(), dataDir);
    expect(second.code).not.toBe(0);
    expect(second.stderr).toContain('wird schon von einem anderen Werkbank-Prozess verwendet');
    expect(second.stderr).toContain(`pid ${first.pid}`);
    await killServer(first, 'SIGKILL');
    third = await spawnServer(await freePort(), dataDir);
    expect(third.exitCode).toBe(null);
  });

  it('refuses a second server in the same process too, until the first is closed', async () => {
    const server = await startServer({ logger: false });
    expect(() => createServer({ dataDir: server.dataDir, logger: false })).toThrow(
      /anderen Werkbank-Prozess/,
    );
    await server.stop();
    const again = createServer({ dataDir: server.dataDir, logger: false });
    await again.close();
    await server.dispose();
  });
});
