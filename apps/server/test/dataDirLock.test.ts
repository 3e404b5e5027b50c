import type { ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createServer } from '../src/createServer.ts';
import { freePort, killServer, runToExit, spawnServer } from './spawnServer.ts';
import { startServer } from './startServer.ts';

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
    const second = await runToExit({ PORT: String(await freePort()), DATA_DIR: dataDir });
    expect(second.code).toBe(1);
    expect(second.output).toContain('wird schon von einem anderen Werkbank-Prozess verwendet');
    expect(second.output).toContain(`pid ${first.pid}`);
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
