import { updateMeta } from '@werkbank/concept';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { connectClient } from './connectClient.ts';
import { documentXml } from './documentXml.ts';
import { api, createConcept, createLink, createWorkshop, newConceptBody } from './factories.ts';
import { startServer, type TestServer } from './startServer.ts';
import { waitFor } from './waitFor.ts';

const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

async function download(url: string, path: string, token?: string) {
  const response = await fetch(`${url}${path}`, {
    headers: token ? { authorization: `Bearer ${token}` } : {},
  });
  return { response, bytes: new Uint8Array(await response.arrayBuffer()) };
}

describe('export API', () => {
  let server: TestServer;
  let url: string;
  beforeAll(async () => {
    server = await startServer();
    url = server.url;
  });
  afterAll(() => server.dispose());

  it('gives every reader the live concept as a .docx attachment and logs the export', async () => {
    const { id, ownerToken } = await createConcept(url);
    const viewer = await createLink(url, id, ownerToken, 'viewer');
    const { response, bytes } = await download(url, `/api/concepts/${id}/export.docx`, viewer.token);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe(DOCX);
    expect(response.headers.get('content-disposition')).toMatch(
      /^attachment; filename="Kreis-Musterland_Handlungskonzept-gegen-Rassismus_Arbeitsstand_\d{4}-\d{2}-\d{2}\.docx"; filename\*=UTF-8''Kreis-Musterland_/,
    );
    const xml = documentXml(bytes);
    expect(xml).toContain(newConceptBody.title);
    expect(xml).toContain('Arbeitsstand');
    const line = server.logs.map((l) => JSON.parse(l)).find((l) => l.event === 'concept-exported');
    expect(line).toMatchObject({
      concept: id,
      version: null,
      bytes: bytes.byteLength,
      ms: expect.any(Number),
    });
  });

  it('exports a saved version as frozen, with its name and resolution on the title page and in the file name', async () => {
    const { id, ownerToken } = await createConcept(url);
    const editor = await createLink(url, id, ownerToken, 'editor');
    const base = `/api/concepts/${id}/versions`;
    const version = (
      await api(url, 'POST', base, { token: ownerToken, body: { name: 'Fassung für den Kreistag' } })
    ).body;
    const resolution = { body: 'Kreistag', date: '2026-03-12', drucksache: 'DS 17/0815' };
    await api(url, 'POST', `${base}/${version.id}/adopt`, { token: ownerToken, body: resolution });
    const client = connectClient(server.wsUrl, id, editor.token);
    await client.firstSync;
    updateMeta(client.doc, { title: 'Später geänderter Titel' });
    const readTitle = () =>
      server.server.context.rooms.use(id, (room) => room.doc.getMap('meta').get('title'));
    await waitFor(() => readTitle() === 'Später geänderter Titel', 'edit arrives');
    client.destroy();

    const frozen = await download(url, `/api/concepts/${id}/export.docx?version=${version.id}`, editor.token);
    expect(frozen.response.status).toBe(200);
    const xml = documentXml(frozen.bytes);
    expect(xml).toContain(newConceptBody.title);
    expect(xml).not.toContain('Später geänderter Titel');
    expect(xml).toContain('Fassung für den Kreistag');
    expect(xml).toContain('DS 17/0815');
    expect(xml).not.toContain('Arbeitsstand');
    const live = await download(url, `/api/concepts/${id}/export.docx`, editor.token);
    expect(documentXml(live.bytes)).toContain('Später geänderter Titel');
    const draft = (await api(url, 'POST', base, { token: ownerToken, body: { name: 'Entwurf Mai' } })).body;
    const saved = await download(url, `/api/concepts/${id}/export.docx?version=${draft.id}`, editor.token);
    const names = [frozen, live, saved].map(
      ({ response }) => /filename="([^"]+)"/.exec(response.headers.get('content-disposition') ?? '')?.[1],
    );
    expect(names).toEqual([
      expect.stringMatching(
        /^Kreis-Musterland_.+_beschlossen-Fassung-fuer-den-Kreistag_\d{4}-\d{2}-\d{2}\.docx$/,
      ),
      expect.stringMatching(/^Kreis-Musterland_.+_Arbeitsstand_\d{4}-\d{2}-\d{2}\.docx$/),
      expect.stringMatching(/^Kreis-Musterland_.+_Fassung-Entwurf-Mai_\d{4}-\d{2}-\d{2}\.docx$/),
    ]);
  });

  it('builds only the parts asked for and marks empty chapters on request', async () => {
    const { id, ownerToken } = await createConcept(url);
    const path = `/api/concepts/${id}/export.docx?parts=titlePage,chapters&emptyChapters=mark`;
    const { response, bytes } = await download(url, path, ownerToken);
    expect(response.status).toBe(200);
    const xml = documentXml(bytes);
    expect(xml).toContain(newConceptBody.title);
    expect(xml).toContain('noch ohne Inhalt');
    expect(xml).not.toContain('Inhaltsverzeichnis');
  });

  it('refuses a bad query with 400 naming the parameter', async () => {
    const { id, ownerToken } = await createConcept(url);
    const cases: [string, string][] = [
      ['parts=titlePage,appendix', 'parts'],
      ['parts=', 'parts'],
      ['emptyChapters=hide', 'emptyChapters'],
      ['version=', 'version'],
      ['part=toc', 'part'],
    ];
    for (const [query, path] of cases) {
      const response = await api(url, 'GET', `/api/concepts/${id}/export.docx?${query}`, {
        token: ownerToken,
      });
      expect(response.status, query).toBe(400);
      expect(response.body.error).toMatchObject({ code: 'invalid-query', path });
      expect(response.body.error.message).toMatch(new RegExp(`^${path}: `));
    }
    const unknown = await api(url, 'GET', `/api/concepts/${id}/export.docx?version=nope`, {
      token: ownerToken,
    });
    expect(unknown.status).toBe(404);
    expect(unknown.body.error.code).toBe('version-not-found');
  });

  it('refuses workshop tokens (403) and requests without a token (401)', async () => {
    const { id, ownerToken } = await createConcept(url);
    const workshop = await createWorkshop(server, { id, ownerToken });
    const path = `/api/concepts/${id}/export.docx`;
    const refused = await api(url, 'GET', path, { token: workshop.token });
    expect(refused.status).toBe(403);
    expect(refused.body.error.code).toBe('role-forbidden');
    const missing = await api(url, 'GET', path);
    expect(missing.status).toBe(401);
    expect(missing.body.error.code).toBe('token-missing');
    expect((await download(url, `${path}?token=${ownerToken}`)).response.status).toBe(200);
  });
});
