import { addFieldOfAction, updateMeta } from '@werkbank/concept';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { connectClient } from './connectClient.ts';
import { documentXml } from './documentXml.ts';
import { api, createConcept, createLink, createWorkshop } from './factories.ts';
import { startServer, type TestServer } from './startServer.ts';
import { waitFor } from './waitFor.ts';

const FROZEN_TITLE = 'Handlungskonzept gegen Rassismus';
const LIVE_TITLE = 'Fortschreibung nach dem Ratsbeschluss';
const resolution = { body: 'Kreistag', date: '2026-03-12', drucksache: 'DS 17/0815' };

describe('backup API', () => {
  let server: TestServer;
  let url: string;
  beforeAll(async () => {
    server = await startServer({ logger: false });
    url = server.url;
  });
  afterAll(() => server.dispose());

  /** A concept with an adopted version, edited through a real client after the version was frozen. */
  async function adoptedThenEdited(): Promise<{ id: string; ownerToken: string; versionId: string }> {
    const { id, ownerToken } = await createConcept(url);
    const versions = `/api/concepts/${id}/versions`;
    const version = (await api(url, 'POST', versions, { token: ownerToken, body: { name: 'Ratsfassung' } }))
      .body;
    await api(url, 'POST', `${versions}/${version.id}/adopt`, { token: ownerToken, body: resolution });
    const client = connectClient(server.wsUrl, id, ownerToken);
    await client.firstSync;
    // One socket keeps the order: once the title arrived, so did the field of action.
    addFieldOfAction(client.doc, { title: 'Erinnerungskultur' });
    updateMeta(client.doc, { title: LIVE_TITLE });
    await waitFor(
      () =>
        server.server.context.rooms.use(id, (room) => room.doc.getMap('meta').get('title')) === LIVE_TITLE,
      'the edit reaches the server',
    );
    client.destroy();
    return { id, ownerToken, versionId: version.id };
  }

  async function backupOf(id: string, token: string) {
    return api(url, 'GET', `/api/concepts/${id}/backup`, { token });
  }

  function countRows(table: 'concepts' | 'versions'): number {
    const row = server.server.context.store.db.prepare(`SELECT COUNT(*) AS n FROM ${table}`).get();
    return (row as { n: number }).n;
  }

  it('backs up the live concept with the frozen snapshots, and the import restores them', async () => {
    const { id, ownerToken, versionId } = await adoptedThenEdited();
    const response = await fetch(`${url}/api/concepts/${id}/backup`, {
      headers: { authorization: `Bearer ${ownerToken}` },
    });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-disposition')).toMatch(
      /^attachment; filename="Kreis-Musterland_Fortschreibung-nach-dem-Ratsbeschluss_\d{4}-\d{2}-\d{2}_Sicherung\.json"/,
    );
    const backup = await response.json();
    expect(backup).toMatchObject({ format: 'werkbank-backup', formatVersion: 1 });
    expect(Date.parse(backup.exportedAt)).not.toBeNaN();
    expect(backup.concept.meta.title).toBe(LIVE_TITLE);
    expect(Object.keys(backup.versions)).toEqual([versionId]);
    expect(backup.versions[versionId].meta.title).toBe(FROZEN_TITLE);

    const imported = await api(url, 'POST', '/api/concepts/import', { body: backup });
    expect(imported.status).toBe(201);
    const { id: copyId, ownerToken: copyToken } = imported.body;
    expect(copyId).not.toBe(id);

    const live = await api(url, 'GET', `/api/concepts/${copyId}`, { token: copyToken });
    expect(live.body.meta.title).toBe(LIVE_TITLE);
    const list = await api(url, 'GET', `/api/concepts/${copyId}/versions`, { token: copyToken });
    expect(list.body).toEqual([expect.objectContaining({ id: versionId, adopted: true, resolution })]);
    const frozen = await api(url, 'GET', `/api/concepts/${copyId}/versions/${versionId}`, {
      token: copyToken,
    });
    expect(frozen.status).toBe(200);
    expect(frozen.body).toEqual(backup.versions[versionId]);
    expect(frozen.body.fieldsOfAction.map((f: { title: string }) => f.title)).not.toContain(
      'Erinnerungskultur',
    );

    const docx = await fetch(`${url}/api/concepts/${copyId}/export.docx?version=${versionId}`, {
      headers: { authorization: `Bearer ${copyToken}` },
    });
    expect(docx.status).toBe(200);
    const xml = documentXml(new Uint8Array(await docx.arrayBuffer()));
    expect(xml).toContain(FROZEN_TITLE);
    expect(xml).toContain('DS 17/0815');
    expect(xml).not.toContain(LIVE_TITLE);

    // Backing up the restored concept gives the same snapshots back.
    expect((await backupOf(copyId, copyToken)).body.versions).toEqual(backup.versions);
  });

  it('serves the backup to every reader, not to workshop links or without a token', async () => {
    const { id, ownerToken } = await createConcept(url);
    for (const role of ['editor', 'viewer'] as const) {
      const link = await createLink(url, id, ownerToken, role);
      expect((await backupOf(id, link.token)).status).toBe(200);
    }
    const workshop = await createWorkshop(server, { id, ownerToken });
    expect((await backupOf(id, workshop.token)).status).toBe(403);
    expect((await api(url, 'GET', `/api/concepts/${id}/backup`)).status).toBe(401);
  });

  it('leaves out versions this server holds no snapshot of', async () => {
    const { id, ownerToken, versionId } = await adoptedThenEdited();
    const plain = (await api(url, 'GET', `/api/concepts/${id}`, { token: ownerToken })).body;
    const copy = (await api(url, 'POST', '/api/concepts/import', { body: plain })).body;
    const backup = (await backupOf(copy.id, copy.ownerToken)).body;
    expect(backup.concept.versions.map((v: { id: string }) => v.id)).toEqual([versionId]);
    expect(backup.versions).toEqual({});
  });

  it('still imports plain Concept JSON, whose versions have no snapshot', async () => {
    const { id, ownerToken, versionId } = await adoptedThenEdited();
    const backup = (await backupOf(id, ownerToken)).body;
    const imported = await api(url, 'POST', '/api/concepts/import', { body: backup.concept });
    expect(imported.status).toBe(201);
    const { id: copyId, ownerToken: copyToken } = imported.body;
    expect((await api(url, 'GET', `/api/concepts/${copyId}`, { token: copyToken })).body).toEqual(
      backup.concept,
    );
    const version = await api(url, 'GET', `/api/concepts/${copyId}/versions/${versionId}`, {
      token: copyToken,
    });
    expect(version.status).toBe(404);
    expect(version.body.error.code).toBe('snapshot-missing');
  });

  it('refuses a snapshot of a version the concept does not list, and stores nothing', async () => {
    const { id, ownerToken, versionId } = await adoptedThenEdited();
    const backup = (await backupOf(id, ownerToken)).body;
    backup.versions['fremde-fassung'] = backup.versions[versionId];
    const before = [countRows('concepts'), countRows('versions')];
    const response = await api(url, 'POST', '/api/concepts/import', { body: backup });
    expect(response.status).toBe(400);
    expect(response.body.error).toEqual({
      code: 'unknown-version',
      message: expect.stringContaining('Fassung'),
      message_en: expect.stringContaining('version'),
      path: 'versions.fremde-fassung',
    });
    expect([countRows('concepts'), countRows('versions')]).toEqual(before);
  });

  it('validates each snapshot, the concept and the envelope, naming the bad path', async () => {
    const { id, ownerToken, versionId } = await adoptedThenEdited();
    const backup = (await backupOf(id, ownerToken)).body;
    const badSnapshot = structuredClone(backup);
    badSnapshot.versions[versionId].meta.territoryType = 'land';
    const badReference = structuredClone(backup);
    badReference.versions[versionId].chapters.push(badReference.versions[versionId].chapters[0]);
    const badConcept = structuredClone(backup);
    badConcept.concept.schemaVersion = 2;
    const cases: [unknown, string, string][] = [
      [badSnapshot, 'invalid-input', `versions.${versionId}.meta.territoryType`],
      [badReference, 'duplicate-id', `versions.${versionId}.chapters.${backup.concept.chapters.length}.id`],
      [{ ...backup, versions: { [versionId]: 'kein Konzept' } }, 'invalid-input', `versions.${versionId}`],
      [badConcept, 'invalid-input', 'concept.schemaVersion'],
      [{ ...backup, formatVersion: 2 }, 'invalid-body', 'formatVersion'],
      [{ ...backup, format: 'other' }, 'invalid-body', 'format'],
      [{ ...backup, exportedAt: 'gestern' }, 'invalid-body', 'exportedAt'],
    ];
    const before = [countRows('concepts'), countRows('versions')];
    for (const [body, code, path] of cases) {
      const response = await api(url, 'POST', '/api/concepts/import', { body });
      expect(response.status, path).toBe(400);
      expect(response.body.error, path).toMatchObject({
        code,
        path,
        message: expect.stringMatching(new RegExp(`^${path.replaceAll('.', '\\.')}: `)),
        message_en: `Invalid value at "${path}".`,
      });
    }
    expect([countRows('concepts'), countRows('versions')]).toEqual(before);
  });

  it('keeps the restored concept apart from the one it came from and from any other', async () => {
    const original = await adoptedThenEdited();
    const backup = (await backupOf(original.id, original.ownerToken)).body;
    const copy = (await api(url, 'POST', '/api/concepts/import', { body: backup })).body;
    const read = (conceptId: string, token: string, versionId: string) =>
      api(url, 'GET', `/api/concepts/${conceptId}/versions/${versionId}`, { token });

    // A backup that claims another concept's version id brings its own content and never reads the other's.
    const other = await adoptedThenEdited();
    const otherFrozen = (await read(other.id, other.ownerToken, other.versionId)).body;
    const claiming = structuredClone(backup);
    claiming.concept.versions.push({ ...backup.concept.versions[0], id: other.versionId, adopted: false });
    claiming.versions[other.versionId] = { ...backup.versions[original.versionId] };
    claiming.versions[other.versionId].meta = { ...claiming.versions[other.versionId].meta, title: 'Fremd' };
    delete claiming.versions[original.versionId];
    const intruder = (await api(url, 'POST', '/api/concepts/import', { body: claiming })).body;
    expect((await read(intruder.id, intruder.ownerToken, other.versionId)).body.meta.title).toBe('Fremd');
    expect((await read(other.id, other.ownerToken, other.versionId)).body).toEqual(otherFrozen);
    const missing = await read(intruder.id, intruder.ownerToken, original.versionId);
    expect(missing.body.error.code).toBe('snapshot-missing');
    expect((await read(intruder.id, copy.ownerToken, other.versionId)).status).toBe(401);

    // Deleting either of original and copy leaves the other's snapshot in place.
    await api(url, 'DELETE', `/api/concepts/${original.id}`, { token: original.ownerToken });
    const kept = await read(copy.id, copy.ownerToken, original.versionId);
    expect(kept.status).toBe(200);
    expect(kept.body.meta.title).toBe(FROZEN_TITLE);
    await api(url, 'DELETE', `/api/concepts/${copy.id}`, { token: copy.ownerToken });
    expect((await read(other.id, other.ownerToken, other.versionId)).body).toEqual(otherFrozen);
  });
});
