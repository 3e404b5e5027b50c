import { CURRENT_DOC_SCHEMA_VERSION, keys, readMeta, updateMeta } from '@werkbank/concept';
import { afterEach, describe, expect, it } from 'vitest';
import { connectClient } from './connectClient.ts';
import { createConcept } from './factories.ts';
import { startServer, type TestServer } from './startServer.ts';
import { waitFor } from './waitFor.ts';

const current = { schema: String(CURRENT_DOC_SCHEMA_VERSION) };

describe('a concept with stored rows that cannot be read', () => {
  let server: TestServer;
  afterEach(() => server.dispose());

  it('opens with what can be read, keeps every change, and never compacts over the unreadable rows', async () => {
    server = await startServer({ sync: { compactDelayMs: 20, compactMaxWaitMs: 50, unloadDelayMs: 50 } });
    const { id, ownerToken } = await createConcept(server.url);
    const { db } = server.server.context.store;
    const snapshotRow = () =>
      db
        .prepare<[string], { data: Buffer; pieces: number }>(
          'SELECT data, pieces FROM doc_snapshots WHERE concept_id = ?',
        )
        .get(id);
    const updateRows = () =>
      db
        .prepare<[string], { n: number }>('SELECT count(*) AS n FROM doc_updates WHERE concept_id = ?')
        .get(id)?.n;
    // The snapshot's pieces cut short: five announced, one byte of the first there.
    const damaged = Buffer.from([5, 1, 2]);
    db.prepare('UPDATE doc_snapshots SET data = ?, pieces = 1 WHERE concept_id = ?').run(damaged, id);

    const client = connectClient(server.wsUrl, id, ownerToken, current);
    await client.firstSync;
    expect(server.logs.some((line) => line.includes('"event":"concept-damaged"'))).toBe(true);
    updateMeta(client.doc, { title: 'Nach dem Schaden geschrieben' });
    await waitFor(() => (updateRows() ?? 0) > 0, 'the change stored');
    // Compaction comes due (and again on unload): it is held, the rows stay.
    await waitFor(
      () => server.logs.some((line) => line.includes('"event":"compaction-held"')),
      'compaction held',
    );
    client.destroy();
    await waitFor(() => !server.server.context.rooms.isLoaded(id), 'concept unloaded');
    expect(snapshotRow()?.data.equals(damaged)).toBe(true);
    expect(updateRows()).toBeGreaterThan(0);

    // Opened again, the change made after the damage is there.
    const again = connectClient(server.wsUrl, id, ownerToken, current);
    const synced = await again.firstSync;
    expect(readMeta(synced).title).toBe('Nach dem Schaden geschrieben');
    expect(synced.getMap(keys.META).size).toBeGreaterThan(0);
    again.destroy();
  });

  it('compacts a concept whose rows all read as before', async () => {
    server = await startServer({ sync: { compactDelayMs: 20, compactMaxWaitMs: 50 } });
    const { id, ownerToken } = await createConcept(server.url);
    const client = connectClient(server.wsUrl, id, ownerToken, current);
    await client.firstSync;
    updateMeta(client.doc, { title: 'Ganz gewöhnlich' });
    const { db } = server.server.context.store;
    const snapshotTitle = () =>
      db
        .prepare<[string], { summary: string | null }>(
          'SELECT summary FROM doc_snapshots WHERE concept_id = ?',
        )
        .get(id)?.summary;
    await waitFor(() => snapshotTitle()?.includes('Ganz gewöhnlich') ?? false, 'snapshot written');
    expect(server.logs.some((line) => line.includes('"event":"compaction-held"'))).toBe(false);
    client.destroy();
  });
});
