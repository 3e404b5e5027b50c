import {
  type ConceptJSON,
  CURRENT_DOC_SCHEMA_VERSION,
  collection,
  DEFAULT_GOAL_LEVELS,
  docSchemaVersion,
  keys,
  readGoalLevels,
  updateMeta,
} from '@werkbank/concept';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { connectClient } from './connectClient.ts';
import { documentXml } from './documentXml.ts';
import { api, createConcept } from './factories.ts';
import { OLD_COSTS, oldShapedDoc } from './oldShapedDoc.ts';
import { readStoredDoc } from './readStoredDoc.ts';
import { startServer, type TestServer } from './startServer.ts';
import { storeOldSnapshot } from './storeOldSnapshot.ts';

const current = { schema: String(CURRENT_DOC_SCHEMA_VERSION) };

describe('document schema versions', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startServer();
  });
  afterAll(() => server.dispose());

  /** A concept whose stored state is `update` alone, written straight into SQLite as an older server left it. */
  async function storedConcept(update: Uint8Array): Promise<{ id: string; ownerToken: string }> {
    const concept = await createConcept(server.url);
    expect(server.server.context.rooms.isLoaded(concept.id)).toBe(false);
    storeOldSnapshot(server.server.context.store, concept.id, update);
    return concept;
  }

  it('migrates a concept stored in the old shape on load, before a client syncs, and stores the migration', async () => {
    const old = oldShapedDoc();
    const { id, ownerToken } = await storedConcept(old.update);
    const client = connectClient(server.wsUrl, id, ownerToken, current);
    const synced = await client.firstSync;
    client.destroy();

    expect(docSchemaVersion(synced)).toBe(CURRENT_DOC_SCHEMA_VERSION);
    expect(collection(synced, keys.WORKSHOPS).get(old.workshopId)?.get('release')).toBe('immediate');
    expect(collection(synced, keys.PROPOSALS).get(old.proposalId)?.get('outcome')).toBeNull();
    expect(collection(synced, keys.MEASURES).get(old.measureId)?.get('costLines')).toBeInstanceOf(Y.Map);
    expect(readGoalLevels(synced)).toEqual(DEFAULT_GOAL_LEVELS);
    expect(synced.getMap(keys.GOAL_LEVELS).get('count')).toBe(3);
    const stored = readStoredDoc(server.dataDir, id);
    expect(docSchemaVersion(stored)).toBe(CURRENT_DOC_SCHEMA_VERSION);
    expect(collection(stored, keys.PROPOSALS).get(old.proposalId)?.get('participantId')).toBe('');
    expect(server.logs.some((line) => line.includes('"event":"doc-migrated"'))).toBe(true);

    const docx = await fetch(`${server.url}/api/concepts/${id}/export.docx`, {
      headers: { authorization: `Bearer ${ownerToken}` },
    });
    expect(docx.status).toBe(200);
    // The old single figure is the measure's one cost line: in the overview's costs column and the budget.
    const xml = documentXml(new Uint8Array(await docx.arrayBuffer()));
    expect(xml).toContain('Kosten €');
    expect(xml).toMatch(/<w:t(?: [^>]*)?>ohne Jahr<\/w:t>/);
    expect(xml).toContain('12.500');
    // The goals keep the names they always had.
    expect(xml).toContain('Leitziel 1: Alle erleben Anerkennung');
    expect(xml).toContain('Mittlerziel 1.1: Vereine handeln rassismuskritisch');
    const backup = await api(server.url, 'GET', `/api/concepts/${id}/backup`, { token: ownerToken });
    expect(backup.status).toBe(200);
    const measure = (backup.body.concept as ConceptJSON).measures.find((m) => m.id === old.measureId);
    expect(measure?.costLines).toEqual([{ id: 'costs', year: null, amount: OLD_COSTS, source: null }]);
    expect(measure).not.toHaveProperty('costs');
    expect((backup.body.concept as ConceptJSON).goalLevels).toEqual(DEFAULT_GOAL_LEVELS);
    const imported = await api(server.url, 'POST', '/api/concepts/import', { body: backup.body });
    expect(imported.status).toBe(201);
    const copy = await api(server.url, 'GET', `/api/concepts/${imported.body.id}`, {
      token: imported.body.ownerToken,
    });
    expect(copy.body).toEqual(backup.body.concept);
  });

  it('closes a client built for an older schema with 4426 before it can send an edit', async () => {
    const { id, ownerToken } = await createConcept(server.url);
    const outdated = connectClient(server.wsUrl, id, ownerToken, { schema: '1' });
    updateMeta(outdated.doc, { title: 'Offline geschrieben, mit altem Stand' });
    expect(await outdated.closed).toBe(4426);
    outdated.destroy();

    const fresh = connectClient(server.wsUrl, id, ownerToken, current);
    const synced = await fresh.firstSync;
    fresh.destroy();
    expect(synced.getMap(keys.META).get('title')).toBe('Handlungskonzept gegen Rassismus');
  });

  it('lets clients that name no schema (raw y-websocket clients) sync as before', async () => {
    const { id, ownerToken } = await createConcept(server.url);
    const raw = connectClient(server.wsUrl, id, ownerToken);
    expect(docSchemaVersion(await raw.firstSync)).toBe(CURRENT_DOC_SCHEMA_VERSION);
    raw.destroy();
  });

  it('leaves a concept stored by a newer Werkbank alone and says so in the log', async () => {
    const newer = new Y.Doc();
    updateMeta(newer, { title: 'Aus der Zukunft' });
    newer.getMap(keys.META).set(keys.DOC_SCHEMA_VERSION, CURRENT_DOC_SCHEMA_VERSION + 1);
    const { id, ownerToken } = await storedConcept(Y.encodeStateAsUpdate(newer));
    const before = server.server.context.store.docs.load(id);
    const summary = await api(server.url, 'GET', `/api/concepts/${id}/summary`, { token: ownerToken });
    expect(summary.body.title).toBe('Aus der Zukunft');
    expect(server.server.context.store.docs.load(id)).toEqual(before);
    expect(server.logs.some((line) => line.includes('"event":"doc-schema-newer"'))).toBe(true);
  });
});
