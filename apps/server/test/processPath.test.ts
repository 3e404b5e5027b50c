import {
  CURRENT_DOC_SCHEMA_VERSION,
  checklistProgress,
  keys,
  readMeta,
  setChecklistItem,
  updateMeta,
} from '@werkbank/concept';
import { getTemplate } from '@werkbank/templates';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { connectClient } from './connectClient.ts';
import { api, createConcept, createLink } from './factories.ts';
import { startServer, type TestServer } from './startServer.ts';
import { storeOldSnapshot } from './storeOldSnapshot.ts';
import { waitFor } from './waitFor.ts';

const template = getTemplate('nrweltoffen');
const current = { schema: String(CURRENT_DOC_SCHEMA_VERSION) };

describe('the process path on the server', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startServer();
  });
  afterAll(() => server.dispose());

  it('lets only the owner set the current phase, and only to one of the template’s phases', async () => {
    const { id, ownerToken } = await createConcept(server.url);
    const editor = await createLink(server.url, id, ownerToken, 'editor');
    const path = `/api/concepts/${id}/phase`;
    const set = await api(server.url, 'PUT', path, {
      token: ownerToken,
      body: { phase: 'bestandsaufnahme' },
    });
    expect(set).toEqual({ status: 200, body: { phase: 'bestandsaufnahme' } });
    const refused = await api(server.url, 'PUT', path, { token: editor.token, body: { phase: 'beschluss' } });
    expect(refused.status).toBe(403);
    const unknown = await api(server.url, 'PUT', path, {
      token: ownerToken,
      body: { phase: 'gibt-es-nicht' },
    });
    expect(unknown.status).toBe(400);
    expect(unknown.body.error.code).toBe('unknown-phase');
    expect((await api(server.url, 'PUT', path, { body: { phase: 'beschluss' } })).status).toBe(401);

    const client = connectClient(server.wsUrl, id, editor.token, current);
    const synced = await client.firstSync;
    client.destroy();
    expect(readMeta(synced).phase).toBe('bestandsaufnahme');
  });

  it('opens, exports and backs up a concept stored before phases and ticks, and keeps ticks through a backup', async () => {
    if (!template) throw new Error('nrweltoffen template missing');
    const { id, ownerToken } = await createConcept(server.url);
    // As stored before the process path: no phase, no checklist, no ticks.
    const old = new Y.Doc();
    updateMeta(old, { title: 'Konzept von früher', templateId: 'nrweltoffen' });
    old.getMap(keys.META).set(keys.DOC_SCHEMA_VERSION, CURRENT_DOC_SCHEMA_VERSION);
    storeOldSnapshot(server.server.context.store, id, Y.encodeStateAsUpdate(old));

    const client = connectClient(server.wsUrl, id, ownerToken, current);
    const synced = await client.firstSync;
    const progress = checklistProgress(synced, template);
    expect(progress.currentPhase).toBe('auftrag-struktur');
    expect(progress.phases.flatMap((p) => p.items.filter((i) => !i.auto && i.done))).toEqual([]);

    const docx = await fetch(`${server.url}/api/concepts/${id}/export.docx`, {
      headers: { authorization: `Bearer ${ownerToken}` },
    });
    expect(docx.status).toBe(200);
    const backup = await api(server.url, 'GET', `/api/concepts/${id}/backup`, { token: ownerToken });
    expect(backup.status).toBe(200);
    expect(backup.body.concept.checklistTicks).toBeUndefined();
    expect((await api(server.url, 'POST', '/api/concepts/import', { body: backup.body })).status).toBe(201);

    const at = '2026-12-06T10:00:00.000Z';
    setChecklistItem(client.doc, 'bestand-daten', true, { by: 'Koordinierende Fachstelle', at });
    await waitFor(
      () => server.server.context.rooms.use(id, (room) => room.doc.getMap(keys.CHECKLIST_TICKS).size === 1),
      'the tick reaches the server',
    );
    client.destroy();
    const ticked = await api(server.url, 'GET', `/api/concepts/${id}/backup`, { token: ownerToken });
    expect(ticked.body.concept.checklistTicks).toEqual({
      'bestand-daten': { by: 'Koordinierende Fachstelle', at },
    });
    const imported = await api(server.url, 'POST', '/api/concepts/import', { body: ticked.body });
    const copy = await api(server.url, 'GET', `/api/concepts/${imported.body.id}`, {
      token: imported.body.ownerToken,
    });
    expect(copy.body.checklistTicks).toEqual(ticked.body.concept.checklistTicks);
  });
});
