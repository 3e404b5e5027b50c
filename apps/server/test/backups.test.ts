import { copyFileSync, existsSync, mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { addMeasure } from '@werkbank/concept';
import { afterEach, describe, expect, it } from 'vitest';
import { listBackups } from '../src/store/scheduleBackups.ts';
import { connectClient, type TestClient } from './connectClient.ts';
import { api, createConcept } from './factories.ts';
import { startServer, type TestServer } from './startServer.ts';
import { waitFor } from './waitFor.ts';

const servers: TestServer[] = [];
const clients: TestClient[] = [];
afterEach(async () => {
  for (const client of clients.splice(0)) client.destroy();
  for (const server of servers.splice(0)) await server.dispose();
});

describe('scheduled backups', () => {
  it('copy the live database while people write, keep the newest, and a copy restores every concept', async () => {
    const backupDir = mkdtempSync(join(tmpdir(), 'werkbank-backups-'));
    const server = await startServer({ backups: { dir: backupDir, intervalMs: 150, keep: 2 } });
    servers.push(server);
    const concept = await createConcept(server.url);
    const writer = connectClient(server.wsUrl, concept.id, concept.ownerToken);
    clients.push(writer);
    await writer.firstSync;
    // Writes go on while copies are made: each copy must still be a whole, consistent database.
    for (let i = 1; i <= 20; i++) {
      addMeasure(writer.doc, { title: `Maßnahme ${i}` });
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    await expect
      .poll(
        async () =>
          (await api(server.url, 'GET', `/api/concepts/${concept.id}`, { token: concept.ownerToken })).body
            .measures.length,
      )
      .toBe(20);
    await waitFor(() => listBackups(backupDir).length >= 2, 'two scheduled copies');
    // The schedule ends (waiting for a copy in progress), then one more copy after the last write.
    await server.server.context.backups.stop();
    await server.server.context.backups.runNow();
    // Only the newest two are kept however many the schedule made, and no half-written copy is left.
    expect(listBackups(backupDir).length).toBe(2);
    expect(readdirSync(backupDir).filter((name) => name.endsWith('.partial'))).toEqual([]);
    expect(server.logs.some((line) => line.includes('"event":"backup-written"'))).toBe(true);

    // Restore as docs/OPERATIONS.md says: a stopped server, the copy as werkbank.sqlite in an empty data dir.
    const newest = listBackups(backupDir)[0] as string;
    const restoredDir = mkdtempSync(join(tmpdir(), 'werkbank-restored-'));
    copyFileSync(join(backupDir, newest), join(restoredDir, 'werkbank.sqlite'));
    const restored = await startServer({ dataDir: restoredDir, backups: { intervalMs: 0 } });
    servers.push(restored);
    const read = await api(restored.url, 'GET', `/api/concepts/${concept.id}`, { token: concept.ownerToken });
    expect(read.status).toBe(200);
    expect(read.body.measures.map((m: { title: string }) => m.title)).toEqual(
      Array.from({ length: 20 }, (_, i) => `Maßnahme ${i + 1}`),
    );
    expect(existsSync(join(restoredDir, 'backups'))).toBe(false);
  });

  it('answers readiness with 503 once shutdown begins, while liveness still answers until the end', async () => {
    const server = await startServer({ backups: { intervalMs: 0 } });
    servers.push(server);
    expect((await api(server.url, 'GET', '/api/ready')).body).toEqual({ status: 'ready' });
    server.server.context.lifecycle.closing = true;
    const ready = await api(server.url, 'GET', '/api/ready');
    expect(ready.status).toBe(503);
    expect(ready.body).toEqual({ status: 'draining' });
    expect((await api(server.url, 'GET', '/api/health')).status).toBe(200);
    server.server.context.lifecycle.closing = false;
  });
});
