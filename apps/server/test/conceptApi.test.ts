import { toJSON } from '@werkbank/concept';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { api, createConcept, createLink, createWorkshop, newConceptBody } from './factories.ts';
import { startServer, type TestServer } from './startServer.ts';

describe('concept API', () => {
  let server: TestServer;
  let url: string;
  beforeAll(async () => {
    server = await startServer();
    url = server.url;
  });
  afterAll(() => server.dispose());

  it('GET /api/health answers ok', async () => {
    const { status, body } = await api(url, 'GET', '/api/health');
    expect(status).toBe(200);
    expect(body.status).toBe('ok');
  });

  it('GET /api/templates lists the bundled templates with their phases', async () => {
    const { status, body } = await api(url, 'GET', '/api/templates');
    expect(status).toBe(200);
    expect(body.map((t: { id: string }) => t.id)).toContain('nrweltoffen');
    expect(body[0]).toMatchObject({ name: expect.any(String), description: expect.any(String) });
    expect(body[0].phases.length).toBeGreaterThan(0);
  });

  it('POST /api/concepts creates a concept from a template and hands out the owner link once', async () => {
    const { status, body } = await api(url, 'POST', '/api/concepts', {
      body: { ...newConceptBody, fundingPeriod: '2026–2028' },
    });
    expect(status).toBe(201);
    expect(body.ownerToken).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(body.ownerLink).toBe(`${url}/c/${body.id}#t=${body.ownerToken}`);
    const concept = await api(url, 'GET', `/api/concepts/${body.id}`, { token: body.ownerToken });
    expect(concept.status).toBe(200);
    expect(concept.body.meta).toMatchObject({
      title: newConceptBody.title,
      fundingPeriod: '2026–2028',
      templateId: 'nrweltoffen',
    });
    expect(concept.body.chapters.length).toBeGreaterThan(0);
  });

  it('POST /api/concepts refuses bad bodies with 400 and the bad path', async () => {
    const cases: [unknown, string][] = [
      [{ ...newConceptBody, territoryType: 'land' }, 'territoryType'],
      [{ ...newConceptBody, title: '   ' }, 'title'],
      [{ ...newConceptBody, templateId: 'gibt-es-nicht' }, 'templateId'],
      [{ ...newConceptBody, extra: 1 }, ''],
      [[], ''],
    ];
    for (const [body, path] of cases) {
      const response = await api(url, 'POST', '/api/concepts', { body });
      expect(response.status).toBe(400);
      expect(response.body.error).toMatchObject({
        message: expect.any(String),
        message_en: expect.any(String),
      });
      expect(response.body.error.path ?? '').toBe(path);
    }
    const unknownTemplate = await api(url, 'POST', '/api/concepts', {
      body: { ...newConceptBody, templateId: 'x' },
    });
    expect(unknownTemplate.body.error.code).toBe('unknown-template');
  });

  it('answers broken JSON with 400, other media types with 415 and huge bodies with 413', async () => {
    const broken = await fetch(`${url}/api/concepts`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{x',
    });
    expect(broken.status).toBe(400);
    expect((await broken.json()).error.code).toBe('invalid-json');
    const form = await fetch(`${url}/api/concepts`, {
      method: 'POST',
      body: new URLSearchParams({ a: '1' }),
    });
    expect(form.status).toBe(415);
    const huge = await api(url, 'POST', '/api/concepts', {
      body: { ...newConceptBody, title: 'x'.repeat(2_000_000) },
    });
    expect(huge.status).toBe(413);
    expect(huge.body.error.code).toBe('body-too-large');
  });

  it('POST /api/concepts/import creates a concept from Concept JSON, equal to the original', async () => {
    const source = await createConcept(url);
    const json = (await api(url, 'GET', `/api/concepts/${source.id}`, { token: source.ownerToken })).body;
    const { status, body } = await api(url, 'POST', '/api/concepts/import', { body: json });
    expect(status).toBe(201);
    expect(body.id).not.toBe(source.id);
    const imported = await api(url, 'GET', `/api/concepts/${body.id}`, { token: body.ownerToken });
    expect(imported.body).toEqual(json);
  });

  it('POST /api/concepts/import refuses invalid Concept JSON with 400 and its path', async () => {
    const source = await createConcept(url);
    const json = (await api(url, 'GET', `/api/concepts/${source.id}`, { token: source.ownerToken })).body;
    const badType = await api(url, 'POST', '/api/concepts/import', {
      body: { ...json, meta: { ...json.meta, territoryType: 'x' } },
    });
    expect(badType.status).toBe(400);
    expect(badType.body.error.path).toBe('meta.territoryType');
    const chapters = [json.chapters[0], json.chapters[0]];
    const duplicate = await api(url, 'POST', '/api/concepts/import', { body: { ...json, chapters } });
    expect(duplicate.status).toBe(400);
    expect(duplicate.body.error).toMatchObject({ code: 'duplicate-id', path: 'chapters.1.id' });
  });

  it('GET /api/concepts/:id lets owner, editor and viewer read, by header or ?token=', async () => {
    const { id, ownerToken } = await createConcept(url);
    for (const role of ['editor', 'viewer'] as const) {
      const { token } = await createLink(url, id, ownerToken, role);
      expect((await api(url, 'GET', `/api/concepts/${id}`, { token })).status).toBe(200);
      expect((await api(url, 'GET', `/api/concepts/${id}?token=${token}`)).status).toBe(200);
    }
    const roomJson = server.server.context.rooms.use(id, (room) => toJSON(room.doc));
    expect((await api(url, 'GET', `/api/concepts/${id}`, { token: ownerToken })).body).toEqual(roomJson);
  });

  it('GET /api/concepts/:id refuses missing and wrong tokens (401) and workshop tokens (403)', async () => {
    const { id, ownerToken } = await createConcept(url);
    const other = await createConcept(url);
    const missing = await api(url, 'GET', `/api/concepts/${id}`);
    expect(missing.status).toBe(401);
    expect(missing.body.error.code).toBe('token-missing');
    const foreign = await api(url, 'GET', `/api/concepts/${id}`, { token: other.ownerToken });
    expect(foreign.status).toBe(401);
    expect(foreign.body.error.code).toBe('token-invalid');
    const unknown = await api(url, 'GET', '/api/concepts/nope', { token: ownerToken });
    expect(unknown.status).toBe(401);
    const workshop = await createWorkshop(server, { id, ownerToken });
    const refused = await api(url, 'GET', `/api/concepts/${id}`, { token: workshop.token });
    expect(refused.status).toBe(403);
    expect(refused.body.error).toMatchObject({
      code: 'role-forbidden',
      message: expect.stringContaining('Rolle'),
    });
  });

  it('GET /api/concepts/:id/summary tells every role its role and the title', async () => {
    const { id, ownerToken } = await createConcept(url);
    const workshop = await createWorkshop(server, { id, ownerToken }, {}, 'Demokratiekonferenz');
    const { status, body } = await api(url, 'GET', `/api/concepts/${id}/summary`, { token: workshop.token });
    expect(status).toBe(200);
    expect(body).toMatchObject({
      id,
      title: newConceptBody.title,
      territory: newConceptBody.territory,
      role: 'workshop',
      linkLabel: 'Demokratiekonferenz',
      workshopId: workshop.workshopId,
    });
    expect((await api(url, 'GET', `/api/concepts/${id}/summary`, { token: ownerToken })).body.role).toBe(
      'owner',
    );
    expect((await api(url, 'GET', `/api/concepts/${id}/summary`)).status).toBe(401);
  });

  it('DELETE /api/concepts/:id: owners only; afterwards every token is dead', async () => {
    const { id, ownerToken } = await createConcept(url);
    const editor = await createLink(url, id, ownerToken, 'editor');
    expect((await api(url, 'DELETE', `/api/concepts/${id}`, { token: editor.token })).status).toBe(403);
    expect((await api(url, 'DELETE', `/api/concepts/${id}`)).status).toBe(401);
    const emptyJson = await fetch(`${url}/api/concepts/${id}`, {
      method: 'DELETE',
      headers: { authorization: `Bearer ${editor.token}`, 'content-type': 'application/json' },
    });
    expect(emptyJson.status).toBe(403);
    expect((await api(url, 'DELETE', `/api/concepts/${id}`, { token: ownerToken })).status).toBe(204);
    expect((await api(url, 'GET', `/api/concepts/${id}`, { token: ownerToken })).status).toBe(401);
    expect(server.server.context.store.concepts.exists(id)).toBe(false);
    expect(server.server.context.store.links.list(id)).toEqual([]);
  });

  it('answers unknown API paths with a JSON 404 and sends no-store and no-referrer headers', async () => {
    const response = await fetch(`${url}/api/nichts`);
    expect(response.status).toBe(404);
    expect((await response.json()).error.code).toBe('not-found');
    expect(response.headers.get('cache-control')).toBe('no-store');
    expect(response.headers.get('referrer-policy')).toBe('no-referrer');
  });

  it('logs requests without tokens', () => {
    const all = server.logs.join('');
    expect(all).toContain('token=[redacted]');
    expect(all).not.toMatch(/token=[A-Za-z0-9_-]{43}/);
    expect(all).not.toMatch(/Bearer/);
  });
});
