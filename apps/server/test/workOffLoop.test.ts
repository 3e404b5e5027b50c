import { sampleConcept } from '@werkbank/concept';
import { afterEach, describe, expect, it } from 'vitest';
import { documentXml } from './documentXml.ts';
import { api, createConcept } from './factories.ts';
import { openRawSocket } from './rawSocket.ts';
import { startServer, type TestServer } from './startServer.ts';
import { waitFor } from './waitFor.ts';

const big = sampleConcept({ fields: 12, goals: 60, measures: 300 });
// A sync step 1 with an empty state vector: the server answers with its step 2.
const syncStep1 = new Uint8Array([0, 0, 1, 0]);

describe('imports and exports run off the event loop', () => {
  let server: TestServer;
  afterEach(async () => {
    await server.dispose();
  });

  it('answers /api/health and a socket while an import of the 300-measure concept is being built', async () => {
    server = await startServer();
    const { id, ownerToken } = await createConcept(server.url);
    const socket = await openRawSocket(server.wsUrl, id, ownerToken);
    await socket.firstFrame;
    const order: string[] = [];
    const importing = api(server.url, 'POST', '/api/concepts/import', { body: big }).then((response) => {
      order.push('import');
      return response;
    });
    await waitFor(() => server.logs.some((line) => line.includes('"import-started"')), 'the import started');
    const health = fetch(`${server.url}/api/health`).then((response) => {
      order.push('health');
      return response.status;
    });
    const answered = new Promise<void>((resolve) =>
      socket.ws.on('message', (frame: Buffer) => {
        if (frame[0] === 0 && frame[1] === 1) resolve();
      }),
    ).then(() => order.push('socket'));
    socket.ws.send(syncStep1);
    expect(await health).toBe(200);
    await answered;
    expect((await importing).status).toBe(201);
    expect(order.at(-1)).toBe('import');
    expect(order).toHaveLength(3);
    socket.ws.close();
  });

  it('imports and exports the 300-measure concept and a 400-measure one within the worker thread’s default heap limits', async () => {
    // The worker's young generation is kept small to lower the server's peak while exporting (WorkLimits); the
    // largest concepts the export is tested with must still go through without running out of memory.
    server = await startServer({ logger: false });
    const many = sampleConcept({ fields: 12, goals: 60, measures: 400, seed: 11 });
    for (const concept of [big, many]) {
      const created = await api(server.url, 'POST', '/api/concepts/import', { body: concept });
      expect(created.status).toBe(201);
      const response = await fetch(`${server.url}/api/concepts/${created.body.id}/export.docx`, {
        headers: { authorization: `Bearer ${created.body.ownerToken}` },
      });
      expect(response.status).toBe(200);
      const xml = documentXml(new Uint8Array(await response.arrayBuffer()));
      expect(xml).toContain(concept.measures.at(-1)?.title);
    }
  });

  it('stops an import over its time budget with 413, and the server goes on', async () => {
    server = await startServer({ logger: false, work: { importTimeoutMs: 1 } });
    const response = await api(server.url, 'POST', '/api/concepts/import', { body: big });
    expect(response.status).toBe(413);
    expect(response.body.error.code).toBe('import-too-expensive');
    expect(response.body.error.message).toContain('mehr Zeit oder Speicher');
    expect((await fetch(`${server.url}/api/health`)).status).toBe(200);
  });

  it('answers 503 with Retry-After when more imports wait than the queue holds, and builds the others', async () => {
    server = await startServer({ logger: false, work: { maxQueue: 1 } });
    const responses = await Promise.all(
      Array.from({ length: 5 }, () =>
        fetch(`${server.url}/api/concepts/import`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify(big),
        }),
      ),
    );
    const statuses = responses.map((response) => response.status).sort();
    expect(statuses).toContain(201);
    expect(statuses).toContain(503);
    expect(statuses.every((status) => status === 201 || status === 503)).toBe(true);
    const busy = responses.find((response) => response.status === 503) as Response;
    expect(busy.headers.get('retry-after')).toBe('30');
    expect(((await busy.json()) as { error: { code: string } }).error.code).toBe('work-queue-full');
  });

  it('refuses import bodies over 8 MiB and prototype keys', async () => {
    server = await startServer({ logger: false });
    const oversized = await fetch(`${server.url}/api/concepts/import`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ padding: 'x'.repeat(8 * 1024 * 1024) }),
    });
    expect(oversized.status).toBe(413);
    const poisoned = await fetch(`${server.url}/api/concepts/import`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{"__proto__": {"polluted": true}}',
    });
    expect(poisoned.status).toBe(400);
    expect(((await poisoned.json()) as { error: { code: string } }).error.code).toBe('invalid-json');
  });
});
