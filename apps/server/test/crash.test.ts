import type { ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type * as Y from 'yjs';
import { connectClient, type TestClient } from './connectClient.ts';
import { createConcept, createLink } from './factories.ts';
import { freePort, killServer, spawnServer } from './spawnServer.ts';
import { waitFor } from './waitFor.ts';

function edits(doc: Y.Doc): Set<string> {
  return new Set(doc.getArray<string>('edits').toArray());
}

describe('a server killed with SIGKILL during a burst of edits', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'werkbank-crash-'));
  const clients: TestClient[] = [];
  let child: ChildProcess | undefined;

  afterAll(async () => {
    for (const c of clients) c.destroy();
    if (child) await killServer(child, 'SIGKILL');
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('loses no edit any client received, and every client converges after the restart', async () => {
    const port = await freePort();
    const url = `http://127.0.0.1:${port}`;
    const wsUrl = `ws://127.0.0.1:${port}/sync`;
    child = await spawnServer(port, dataDir);
    const { id, ownerToken } = await createConcept(url);
    for (let i = 0; i < 3; i++) {
      const { token } = await createLink(url, id, ownerToken, 'editor');
      clients.push(connectClient(wsUrl, id, token));
    }
    await Promise.all(clients.map((c) => c.firstSync));

    const received = new Set<string>();
    for (const c of clients) {
      c.doc.getArray<string>('edits').observe((event) => {
        if (event.transaction.local) return;
        for (const item of event.changes.added)
          for (const value of item.content.getContent()) received.add(value as string);
      });
    }
    const made = new Set<string>();
    let n = 0;
    const writers = clients.map((c, i) =>
      setInterval(() => {
        const edit = `c${i}-${n++}`;
        made.add(edit);
        c.doc.getArray<string>('edits').push([edit]);
      }, 10),
    );
    await waitFor(() => received.size > 60, 'burst under way');
    await killServer(child, 'SIGKILL');
    const receivedBeforeKill = new Set(received);
    await new Promise((resolve) => setTimeout(resolve, 100));
    for (const timer of writers) clearInterval(timer);
    for (const c of clients) c.provider.disconnect();

    child = await spawnServer(port, dataDir);
    const fresh = connectClient(wsUrl, id, ownerToken);
    clients.push(fresh);
    const first = edits(await fresh.firstSync);
    const lost = [...receivedBeforeKill].filter((edit) => !first.has(edit));
    expect(lost).toEqual([]);

    // The writers come back with what they wrote while the server was down: the protocol re-syncs it.
    for (const c of clients) c.provider.connect();
    await waitFor(
      () => clients.every((c) => edits(c.doc).size === made.size),
      'all clients converge',
      20_000,
    );
    const states = clients.map((c) => JSON.stringify(c.doc.getArray('edits').toJSON()));
    expect(new Set(states).size).toBe(1);
  }, 120_000);
});
