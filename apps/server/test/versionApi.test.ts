import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { connectClient } from './connectClient.ts';
import { api, createConcept, createLink, createWorkshop } from './factories.ts';
import { startServer, type TestServer } from './startServer.ts';
import { waitFor } from './waitFor.ts';

describe('version API', () => {
  let server: TestServer;
  let url: string;
  beforeAll(async () => {
    server = await startServer({ logger: false });
    url = server.url;
  });
  afterAll(() => server.dispose());

  it('freezes a snapshot, records the version in the live doc and broadcasts it', async () => {
    const { id, ownerToken } = await createConcept(url);
    const client = connectClient(server.wsUrl, id, ownerToken);
    await client.firstSync;
    const created = await api(url, 'POST', `/api/concepts/${id}/versions`, {
      token: ownerToken,
      body: { name: 'Entwurf für die Steuerungsgruppe' },
    });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({
      name: 'Entwurf für die Steuerungsgruppe',
      adopted: false,
      resolution: null,
    });
    await waitFor(() => client.doc.getMap('versions').has(created.body.id), 'version reaches the client');
    client.doc.getMap('meta').set('title', 'Neuer Titel nach dem Einfrieren');
    await waitFor(
      () =>
        server.server.context.rooms.use(id, (room) => room.doc.getMap('meta').get('title')) ===
        'Neuer Titel nach dem Einfrieren',
      'edit arrives',
    );
    const frozen = await api(url, 'GET', `/api/concepts/${id}/versions/${created.body.id}`, {
      token: ownerToken,
    });
    expect(frozen.status).toBe(200);
    expect(frozen.body.meta.title).toBe('Handlungskonzept gegen Rassismus');
    client.destroy();
  });

  it('lists versions for every reader and serves the frozen JSON to them', async () => {
    const { id, ownerToken } = await createConcept(url);
    const viewer = await createLink(url, id, ownerToken, 'viewer');
    const v = (
      await api(url, 'POST', `/api/concepts/${id}/versions`, {
        token: ownerToken,
        body: { name: 'Fassung 1' },
      })
    ).body;
    const list = await api(url, 'GET', `/api/concepts/${id}/versions`, { token: viewer.token });
    expect(list.status).toBe(200);
    expect(list.body.map((x: { id: string }) => x.id)).toEqual([v.id]);
    expect(
      (await api(url, 'GET', `/api/concepts/${id}/versions/${v.id}`, { token: viewer.token })).body
        .schemaVersion,
    ).toBe(1);
    const missing = await api(url, 'GET', `/api/concepts/${id}/versions/nope`, { token: viewer.token });
    expect(missing.status).toBe(404);
    expect(missing.body.error.code).toBe('version-not-found');
  });

  it('adopts a version with the resolution data; owners only', async () => {
    const { id, ownerToken } = await createConcept(url);
    const editor = await createLink(url, id, ownerToken, 'editor');
    const v = (
      await api(url, 'POST', `/api/concepts/${id}/versions`, {
        token: ownerToken,
        body: { name: 'Ratsfassung' },
      })
    ).body;
    const resolution = { body: 'Kreistag', date: '2026-03-12', drucksache: 'DS 17/0815' };
    const path = `/api/concepts/${id}/versions/${v.id}/adopt`;
    expect((await api(url, 'POST', path, { token: editor.token, body: resolution })).status).toBe(403);
    const adopted = await api(url, 'POST', path, { token: ownerToken, body: resolution });
    expect(adopted.status).toBe(200);
    expect(adopted.body).toMatchObject({ id: v.id, adopted: true, resolution });
    const list = await api(url, 'GET', `/api/concepts/${id}/versions`, { token: editor.token });
    expect(list.body[0]).toMatchObject({ adopted: true });
  });

  it('refuses bad version bodies with 400 and the path, and wrong roles', async () => {
    const { id, ownerToken } = await createConcept(url);
    const viewer = await createLink(url, id, ownerToken, 'viewer');
    const workshop = await createWorkshop(server, { id, ownerToken });
    const base = `/api/concepts/${id}/versions`;
    expect((await api(url, 'POST', base, { token: ownerToken, body: { name: '' } })).body.error.path).toBe(
      'name',
    );
    expect((await api(url, 'POST', base, { token: ownerToken, body: { name: 3 } })).body.error.path).toBe(
      'name',
    );
    expect((await api(url, 'POST', base, { token: viewer.token, body: { name: 'x' } })).status).toBe(403);
    expect((await api(url, 'GET', base, { token: workshop.token })).status).toBe(403);
    expect((await api(url, 'GET', base)).status).toBe(401);
    const v = (await api(url, 'POST', base, { token: ownerToken, body: { name: 'F' } })).body;
    const badDate = await api(url, 'POST', `${base}/${v.id}/adopt`, {
      token: ownerToken,
      body: { body: 'Rat', date: '12.03.2026', drucksache: '1' },
    });
    expect(badDate.status).toBe(400);
    expect(badDate.body.error.path).toBe('date');
    const unknown = await api(url, 'POST', `${base}/nope/adopt`, {
      token: ownerToken,
      body: { body: 'Rat', date: '2026-03-12', drucksache: '1' },
    });
    expect(unknown.status).toBe(404);
  });

  it('says so when an imported version has no frozen snapshot on this server', async () => {
    const { id, ownerToken } = await createConcept(url);
    await api(url, 'POST', `/api/concepts/${id}/versions`, { token: ownerToken, body: { name: 'Alt' } });
    const json = (await api(url, 'GET', `/api/concepts/${id}`, { token: ownerToken })).body;
    const copy = (await api(url, 'POST', '/api/concepts/import', { body: json })).body;
    const versionId = json.versions[0].id;
    const response = await api(url, 'GET', `/api/concepts/${copy.id}/versions/${versionId}`, {
      token: copy.ownerToken,
    });
    expect(response.status).toBe(404);
    expect(response.body.error.code).toBe('snapshot-missing');
  });
});
