import { type ConceptJSON, keys, sampleConcept } from '@werkbank/concept';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { connectClient } from './connectClient.ts';
import { api, createLink } from './factories.ts';
import { startServer, type TestServer } from './startServer.ts';
import { waitFor } from './waitFor.ts';

// The phase is the owner's alone (refused from an editor's socket), so the marker is the funding period.
const MARKER = 'Förderzeitraum nach der Rohbearbeitung';
const LONG_LEAD = 'L'.repeat(600_000);

function element(name: string, ...children: (Y.XmlElement | Y.XmlText)[]): Y.XmlElement {
  const node = new Y.XmlElement(name);
  node.insert(0, children);
  return node;
}

/** What an editor with a raw y-websocket client can write past the verbs, all in one update. */
function spoil(doc: Y.Doc): void {
  doc.transact(() => {
    const meta = doc.getMap<unknown>(keys.META);
    meta.set('territoryType', 'bundesland');
    meta.set('title', 42);
    meta.set('fundingPeriod', MARKER);
    const measure = doc.getMap<Y.Map<unknown>>(keys.MEASURES).get('measure-001') as Y.Map<unknown>;
    measure.set('status', 'erledigt');
    (measure.get('costLines') as Y.Map<unknown>).set('kaputt', 'teuer');
    (measure.get('costLines') as Y.Map<unknown>).set(
      'teuer',
      new Y.Map(Object.entries({ amount: -5, year: 'x' })),
    );
    measure.set('lead', LONG_LEAD);
    (measure.get('goalIds') as Y.Map<unknown>).set('x'.repeat(100), true);
    (measure.get('indicators') as Y.Array<unknown>).push(['kein Indikator']);
    (doc.getMap<Y.Map<unknown>>(keys.GOALS).get('goal-h1') as Y.Map<unknown>).set('parentId', 12);
    doc.getMap<unknown>(keys.ACTORS).set('kaputt', 5);
    doc.getMap<unknown>(keys.CHECKLIST).set('mandat', 'ja');
    const vision = doc.getXmlFragment(keys.VISION);
    vision.insert(0, [element('bulletList', element('paragraph', new Y.XmlText('Absatz in der Liste')))]);
  });
}

describe('a backup of a concept spoiled through a raw client imports again', () => {
  let server: TestServer;
  let url: string;
  beforeAll(async () => {
    server = await startServer();
    url = server.url;
  });
  afterAll(() => server.dispose());

  async function importConcept(body: unknown): Promise<{ id: string; ownerToken: string }> {
    const imported = await api(url, 'POST', '/api/concepts/import', { body });
    expect(imported.status).toBe(201);
    return imported.body;
  }

  function logLines(event: string, concept: string): Record<string, unknown>[] {
    return server.logs
      .map((line) => JSON.parse(line) as Record<string, unknown>)
      .filter((line) => line.event === event && line.concept === concept);
  }

  it('reads back equal after GET /backup and POST /import, and the repair is logged without content', async () => {
    const { id, ownerToken } = await importConcept(sampleConcept({ goals: 4, measures: 3 }));
    const editor = await createLink(url, id, ownerToken, 'editor');
    const client = connectClient(server.wsUrl, id, editor.token);
    await client.firstSync;
    spoil(client.doc);
    await waitFor(
      () =>
        server.server.context.rooms.use(id, (room) => room.doc.getMap('meta').get('fundingPeriod')) ===
        MARKER,
      'the raw edit reaches the server',
    );
    client.destroy();

    const backup = await api(url, 'GET', `/api/concepts/${id}/backup`, { token: ownerToken });
    expect(backup.status).toBe(200);
    const concept = backup.body.concept as ConceptJSON;
    expect(concept.meta).toMatchObject({ territoryType: 'gemeinde', title: '', fundingPeriod: MARKER });
    expect(concept.measures[0]).toMatchObject({ status: 'idea', lead: 'L'.repeat(500) });
    expect(concept.measures[0]?.costLines.find((l) => l.id === 'teuer')).toEqual({
      id: 'teuer',
      year: null,
      amount: 0,
      source: null,
    });
    expect(concept.measures[0]?.costLines.map((l) => l.id)).not.toContain('kaputt');
    expect(concept.vision.content?.[0]).toEqual({
      type: 'bulletList',
      content: [
        {
          type: 'listItem',
          content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Absatz in der Liste' }] }],
        },
      ],
    });

    const copy = await importConcept(backup.body);
    const restored = await api(url, 'GET', `/api/concepts/${copy.id}`, { token: copy.ownerToken });
    expect(restored.body).toEqual(concept);

    const [warning] = logLines('concept-repaired-on-read', id);
    expect(warning).toMatchObject({ level: 40 });
    expect(warning?.paths).toEqual(
      expect.arrayContaining([
        'meta.title',
        'meta.territoryType',
        'vision',
        'checklist',
        'measures[measure-001].status',
        'measures[measure-001].lead',
        'measures[measure-001].indicators',
        'measures[measure-001].costLines',
        'goals[goal-h1].parentId',
      ]),
    );
    const line = JSON.stringify(warning);
    for (const content of ['bundesland', 'Absatz in der Liste', 'teuer', 'LLLLLLLLLL'])
      expect(line).not.toContain(content);
    expect(logLines('backup-not-restorable', id)).toEqual([]);
  });

  it('leaves out a frozen snapshot that would not import, and says so', async () => {
    const sample = sampleConcept({ goals: 2, measures: 1 });
    const { id, ownerToken } = await importConcept(sample);
    const spoiled = {
      ...sample,
      meta: { ...sample.meta, territoryType: 'bundesland' },
    } as unknown as ConceptJSON;
    const { store } = server.server.context;
    store.versions.freeze(id, 'version-1', 'Entwurf', '2024-11-12T09:00:00.000Z', spoiled);
    store.versions.freeze(id, 'version-2', 'Beschluss', '2025-03-03T10:30:00.000Z', sample);

    const backup = await api(url, 'GET', `/api/concepts/${id}/backup`, { token: ownerToken });
    expect(Object.keys(backup.body.versions)).toEqual(['version-2']);
    expect(logLines('backup-snapshot-left-out', id)).toEqual([
      expect.objectContaining({ version: 'version-1', path: 'meta.territoryType' }),
    ]);
    expect((await api(url, 'POST', '/api/concepts/import', { body: backup.body })).status).toBe(201);
  });
});
