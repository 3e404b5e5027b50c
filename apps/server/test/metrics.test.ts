import { sampleConcept } from '@werkbank/concept';
import { afterEach, describe, expect, it } from 'vitest';
import { connectClient, type TestClient } from './connectClient.ts';
import { api, createConcept } from './factories.ts';
import { startServer, type TestServer } from './startServer.ts';
import { waitFor } from './waitFor.ts';

function value(metrics: string, series: string): number {
  const line = metrics.split('\n').find((l) => l.startsWith(`${series} `));
  return line === undefined ? Number.NaN : Number(line.slice(series.length + 1));
}

describe('GET /metrics', () => {
  let server: TestServer;
  const clients: TestClient[] = [];
  afterEach(async () => {
    for (const c of clients.splice(0)) c.destroy();
    await server.dispose();
  });

  it('counts sockets, loaded concepts, stored updates, store latency, imports and refusals by reason', async () => {
    server = await startServer({ logger: false });
    const { id, ownerToken } = await createConcept(server.url);
    const writer = connectClient(server.wsUrl, id, ownerToken);
    const refused = connectClient(server.wsUrl, id, 'falsch');
    clients.push(writer, refused);
    await writer.firstSync;
    expect(await refused.closed).toBe(4401);
    writer.doc.getText('t').insert(0, 'Hallo');
    await waitFor(() => server.server.context.store.docs.load(id).updates.length > 0, 'the edit is stored');
    expect((await api(server.url, 'POST', '/api/concepts/import', { body: sampleConcept() })).status).toBe(
      201,
    );

    const response = await fetch(`${server.url}/metrics`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toContain('text/plain');
    const metrics = await response.text();
    expect(value(metrics, 'werkbank_sockets')).toBe(1);
    expect(value(metrics, 'werkbank_loaded_concepts')).toBe(1);
    expect(value(metrics, 'werkbank_updates_total')).toBeGreaterThanOrEqual(1);
    expect(value(metrics, 'werkbank_store_seconds_count')).toBeGreaterThanOrEqual(1);
    expect(value(metrics, 'werkbank_work_seconds_count{task="importConcept",outcome="done"}')).toBe(1);
    expect(value(metrics, 'werkbank_refused_connections_total{reason="token-invalid"}')).toBe(1);
    expect(metrics).toContain('nodejs_eventloop_lag_p99_seconds');
  });

  it('answers only with the metrics token when one is set', async () => {
    server = await startServer({ logger: false, metricsToken: 'geheim-genug' });
    expect((await fetch(`${server.url}/metrics`)).status).toBe(401);
    const allowed = await fetch(`${server.url}/metrics`, {
      headers: { authorization: 'Bearer geheim-genug' },
    });
    expect(allowed.status).toBe(200);
  });
});
