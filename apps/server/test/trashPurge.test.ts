import {
  addActor,
  addMeasure,
  deleteActor,
  deleteMeasure,
  findStoredEntity,
  keys,
  readTrash,
} from '@werkbank/concept';
import { afterEach, describe, expect, it } from 'vitest';
import { connectClient, type TestClient } from './connectClient.ts';
import { createConcept } from './factories.ts';
import { readStoredDoc } from './readStoredDoc.ts';
import { startServer, type TestServer } from './startServer.ts';
import { waitFor } from './waitFor.ts';

const DAY = 24 * 60 * 60 * 1000;
let server: TestServer;
const clients: TestClient[] = [];
afterEach(async () => {
  for (const client of clients.splice(0)) client.destroy();
  await server?.dispose();
});

describe('the Papierkorb on the server', () => {
  it('removes for good, when the concept is loaded, what was deleted over 30 days ago, and keeps the rest', async () => {
    server = await startServer();
    const concept = await createConcept(server.url);
    const writer = connectClient(server.wsUrl, concept.id, concept.ownerToken);
    clients.push(writer);
    await writer.firstSync;
    const old = addMeasure(writer.doc, { title: 'Alte Plakataktion' });
    const recent = addActor(writer.doc, { name: 'Stadtjugendring' });
    deleteMeasure(writer.doc, old, { by: 'Kim', now: new Date(Date.now() - 31 * DAY) });
    deleteActor(writer.doc, recent, { by: 'Kim', now: new Date(Date.now() - DAY) });
    await waitFor(
      () => readTrash(readStoredDoc(server.dataDir, concept.id)).length === 2,
      'both deletions stored',
    );
    writer.destroy();

    await server.restart();
    const reader = connectClient(server.wsUrl, concept.id, concept.ownerToken);
    clients.push(reader);
    const synced = await reader.firstSync;
    expect(findStoredEntity(synced, keys.MEASURES, old)).toBeUndefined();
    expect(readTrash(synced).map((entry) => [entry.id, entry.deletedBy])).toEqual([[recent, 'Kim']]);
    await waitFor(
      () => findStoredEntity(readStoredDoc(server.dataDir, concept.id), keys.MEASURES, old) === undefined,
      'the purge stored',
    );
    expect(
      server.logs.some((line) => line.includes('"event":"trash-purged"') && line.includes('"count":1')),
    ).toBe(true);
  });
});
