import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hashToken } from '../src/auth/hashToken.ts';
import { api, createConcept, createLink, createWorkshop } from './factories.ts';
import { startServer, type TestServer } from './startServer.ts';

describe('link API', () => {
  let server: TestServer;
  let url: string;
  beforeAll(async () => {
    server = await startServer({ logger: false, publicUrl: 'https://werkbank.kreis-musterland.de/' });
    url = server.url;
  });
  afterAll(() => server.dispose());

  it('POST /api/concepts/:id/links returns the token once, as a link under the public URL', async () => {
    const { id, ownerToken } = await createConcept(url);
    const expiresAt = new Date(Date.now() + 86_400_000).toISOString();
    const { status, body } = await api(url, 'POST', `/api/concepts/${id}/links`, {
      token: ownerToken,
      body: { role: 'editor', label: 'Steuerungsgruppe', expiresAt },
    });
    expect(status).toBe(201);
    expect(body).toMatchObject({
      role: 'editor',
      label: 'Steuerungsgruppe',
      expiresAt,
      active: true,
      revokedAt: null,
    });
    expect(body.link).toBe(`https://werkbank.kreis-musterland.de/c/${id}#t=${body.token}`);
    const row = server.server.context.store.db
      .prepare('SELECT token_hash FROM links WHERE id = ?')
      .get(body.id) as {
      token_hash: string;
    };
    expect(row.token_hash).toBe(hashToken(body.token));
    const dump = JSON.stringify(server.server.context.store.db.prepare('SELECT * FROM links').all());
    expect(dump).not.toContain(body.token);
  });

  it('GET /api/concepts/:id/links lists links without tokens', async () => {
    const { id, ownerToken } = await createConcept(url);
    await createLink(url, id, ownerToken, 'viewer', { label: 'Presse' });
    const { status, body } = await api(url, 'GET', `/api/concepts/${id}/links`, { token: ownerToken });
    expect(status).toBe(200);
    expect(body.map((l: { role: string }) => l.role)).toEqual(['owner', 'viewer']);
    expect(body[1]).toMatchObject({ label: 'Presse', active: true });
    for (const link of body) expect(link.token).toBeUndefined();
  });

  it('refuses bad link bodies with 400 and the path', async () => {
    const { id, ownerToken } = await createConcept(url);
    const cases: [unknown, string][] = [
      [{ role: 'admin' }, 'role'],
      [{ role: 'editor', expiresAt: 'morgen' }, 'expiresAt'],
      [{ role: 'editor', expiresAt: '2001-01-01T00:00:00Z' }, 'expiresAt'],
      [{ role: 'editor', label: 'x'.repeat(201) }, 'label'],
      [{}, 'role'],
    ];
    for (const [body, path] of cases) {
      const response = await api(url, 'POST', `/api/concepts/${id}/links`, { token: ownerToken, body });
      expect(response.status, JSON.stringify(body)).toBe(400);
      expect(response.body.error.path).toBe(path);
    }
  });

  it('lets only owners manage links (403 for editors and viewers, 401 without token)', async () => {
    const { id, ownerToken } = await createConcept(url);
    const editor = await createLink(url, id, ownerToken, 'editor');
    const viewer = await createLink(url, id, ownerToken, 'viewer');
    for (const token of [editor.token, viewer.token]) {
      expect((await api(url, 'GET', `/api/concepts/${id}/links`, { token })).status).toBe(403);
      expect(
        (await api(url, 'POST', `/api/concepts/${id}/links`, { token, body: { role: 'owner' } })).status,
      ).toBe(403);
      expect((await api(url, 'DELETE', `/api/concepts/${id}/links/${viewer.id}`, { token })).status).toBe(
        403,
      );
    }
    expect((await api(url, 'GET', `/api/concepts/${id}/links`)).status).toBe(401);
  });

  it('DELETE /api/concepts/:id/links/:linkId revokes: the token stops working at once', async () => {
    const { id, ownerToken } = await createConcept(url);
    const viewer = await createLink(url, id, ownerToken, 'viewer');
    expect(
      (await api(url, 'DELETE', `/api/concepts/${id}/links/${viewer.id}`, { token: ownerToken })).status,
    ).toBe(204);
    const refused = await api(url, 'GET', `/api/concepts/${id}`, { token: viewer.token });
    expect(refused.status).toBe(401);
    expect(refused.body.error.code).toBe('token-revoked');
    const again = await api(url, 'DELETE', `/api/concepts/${id}/links/${viewer.id}`, { token: ownerToken });
    expect(again.status).toBe(404);
    const list = await api(url, 'GET', `/api/concepts/${id}/links`, { token: ownerToken });
    expect(list.body.find((l: { id: string }) => l.id === viewer.id)).toMatchObject({ active: false });
  });

  it('refuses to revoke the last live owner link (409), but allows it once another exists', async () => {
    const { id, ownerToken } = await createConcept(url);
    const own = (await api(url, 'GET', `/api/concepts/${id}/links`, { token: ownerToken })).body[0];
    const last = await api(url, 'DELETE', `/api/concepts/${id}/links/${own.id}`, { token: ownerToken });
    expect(last.status).toBe(409);
    expect(last.body.error.code).toBe('last-owner-link');
    const second = await createLink(url, id, ownerToken, 'owner');
    expect(
      (await api(url, 'DELETE', `/api/concepts/${id}/links/${own.id}`, { token: second.token })).status,
    ).toBe(204);
  });

  it('binds a workshop link to one workshop of the concept, with its participant page as URL', async () => {
    const concept = await createConcept(url);
    const { workshopId, link } = await createWorkshop(server, concept);
    expect(link).toBe(
      `https://werkbank.kreis-musterland.de/w/${concept.id}/${workshopId}#t=${link.split('#t=')[1]}`,
    );
    const list = await api(url, 'GET', `/api/concepts/${concept.id}/links`, { token: concept.ownerToken });
    expect(list.body.map((l: { role: string; workshopId: string | null }) => [l.role, l.workshopId])).toEqual(
      [
        ['owner', null],
        ['workshop', workshopId],
      ],
    );
    const post = (body: object) =>
      api(url, 'POST', `/api/concepts/${concept.id}/links`, { token: concept.ownerToken, body });
    const missing = await post({ role: 'workshop' });
    expect([missing.status, missing.body.error.path]).toEqual([400, 'workshopId']);
    expect(missing.body.error.message).toMatch(/genau einem Beteiligungsformat/);
    const stray = await post({ role: 'editor', workshopId });
    expect([stray.status, stray.body.error.path]).toEqual([400, 'workshopId']);
    const unknown = await post({ role: 'workshop', workshopId: 'gibtsnicht' });
    expect([unknown.status, unknown.body.error.code]).toEqual([404, 'workshop-not-found']);
    const elsewhere = await createConcept(url);
    const foreign = await api(url, 'POST', `/api/concepts/${elsewhere.id}/links`, {
      token: elsewhere.ownerToken,
      body: { role: 'workshop', workshopId },
    });
    expect(foreign.status).toBe(404);
  });

  it('treats expired links as refused (401 token-expired)', async () => {
    const { id, ownerToken } = await createConcept(url);
    const link = await createLink(url, id, ownerToken, 'viewer', {
      expiresAt: new Date(Date.now() + 300).toISOString(),
    });
    expect((await api(url, 'GET', `/api/concepts/${id}`, { token: link.token })).status).toBe(200);
    await new Promise((resolve) => setTimeout(resolve, 400));
    const refused = await api(url, 'GET', `/api/concepts/${id}`, { token: link.token });
    expect(refused.status).toBe(401);
    expect(refused.body.error.code).toBe('token-expired');
  });
});
