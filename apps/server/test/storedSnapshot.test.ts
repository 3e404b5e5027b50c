import {
  addMeasure,
  CURRENT_DOC_SCHEMA_VERSION,
  deleteMeasure,
  findStoredEntity,
  keys,
  readMeta,
  readTrash,
  sampleConcept,
  toJSON,
  updateMeta,
} from '@werkbank/concept';
import { afterEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { decodePieces } from '../src/sync/encodePieces.ts';
import { snapshotOf } from '../src/sync/snapshotOf.ts';
import { connectClient } from './connectClient.ts';
import { api, createConcept, newConceptBody } from './factories.ts';
import { readStoredDoc } from './readStoredDoc.ts';
import { startServer, type TestServer } from './startServer.ts';
import { storeOldSnapshot } from './storeOldSnapshot.ts';
import { waitFor } from './waitFor.ts';

const current = { schema: String(CURRENT_DOC_SCHEMA_VERSION) };
const DAY = 24 * 60 * 60 * 1000;

describe('snapshots stored in pieces with their summary', () => {
  let server: TestServer;
  afterEach(() => server.dispose());

  const statePieces = async (id: string, token: string): Promise<Uint8Array[]> => {
    const response = await fetch(`${server.url}/api/concepts/${id}/state?pieces=1`, {
      headers: { authorization: `Bearer ${token}`, 'accept-encoding': 'br' },
    });
    expect(response.status).toBe(200);
    return decodePieces(new Uint8Array(await response.arrayBuffer()));
  };
  const loads = () => server.logs.filter((line) => line.includes('"event":"concept-loaded"'));
  const applied = (pieces: Uint8Array[]): Y.Doc => {
    const doc = new Y.Doc();
    for (const piece of pieces) Y.applyUpdate(doc, piece);
    return doc;
  };

  async function importSample(): Promise<{ id: string; ownerToken: string }> {
    const imported = await api(server.url, 'POST', '/api/concepts/import', {
      body: sampleConcept({ fields: 6, goals: 20, measures: 120 }),
    });
    expect(imported.status).toBe(201);
    return imported.body;
  }

  it('answers the summary and the state of a concept not loaded from what is stored, without loading it', async () => {
    server = await startServer();
    const { id, ownerToken } = await importSample();
    const rooms = server.server.context.rooms;
    expect(rooms.isLoaded(id)).toBe(false);

    const summary = await api(server.url, 'GET', `/api/concepts/${id}/summary`, { token: ownerToken });
    expect(summary.status).toBe(200);
    expect(rooms.isLoaded(id)).toBe(false);
    const pieces = await statePieces(id, ownerToken);
    expect(pieces.length).toBeGreaterThan(1);
    expect(rooms.isLoaded(id)).toBe(false);
    expect(loads()).toEqual([]);

    // What the socket then brings is what the pieces held: nothing is missing, nothing differs.
    const fromPieces = applied(pieces);
    expect(fromPieces.store.pendingStructs).toBeNull();
    const client = connectClient(server.wsUrl, id, ownerToken, current);
    const synced = await client.firstSync;
    expect(rooms.isLoaded(id)).toBe(true);
    expect(Y.encodeStateVector(fromPieces)).toEqual(Y.encodeStateVector(synced));
    expect(toJSON(fromPieces)).toEqual(toJSON(synced));
    const meta = readMeta(synced);
    expect(summary.body).toMatchObject({
      id,
      title: meta.title,
      territory: meta.territory,
      territoryType: meta.territoryType,
      programme: meta.programme,
      phase: meta.phase,
      status: meta.status,
      role: 'owner',
    });
    client.destroy();
  });

  it('loads the concept for a summary when updates were stored after the snapshot', async () => {
    server = await startServer();
    const { id, ownerToken } = await createConcept(server.url);
    const docs = server.server.context.store.docs;
    // As a killed server leaves a concept: an update stored after the last snapshot, the concept not loaded.
    const later = new Y.Doc();
    for (const piece of docs.load(id).snapshot) Y.applyUpdate(later, piece);
    const vector = Y.encodeStateVector(later);
    updateMeta(later, { title: 'Nach dem Schnappschuss umbenannt' });
    docs.append(id, Y.encodeStateAsUpdate(later, vector));

    // The snapshot's summary is out of date: the concept is loaded for it, in the request.
    const summary = await api(server.url, 'GET', `/api/concepts/${id}/summary`, { token: ownerToken });
    expect(summary.body.title).toBe('Nach dem Schnappschuss umbenannt');
    expect(loads()).toHaveLength(1);
  });

  it('sends what was stored after the snapshot along with its pieces', async () => {
    server = await startServer();
    const { id, ownerToken } = await createConcept(server.url);
    const docs = server.server.context.store.docs;
    // As a killed server leaves a concept: updates stored after the last snapshot, the concept not loaded.
    const later = new Y.Doc();
    for (const piece of docs.load(id).snapshot) Y.applyUpdate(later, piece);
    for (const text of ['zuletzt gespeichert', 'noch eins: ']) {
      const vector = Y.encodeStateVector(later);
      later.getText('notiz').insert(0, text);
      docs.append(id, Y.encodeStateAsUpdate(later, vector));
    }
    const fromPieces = applied(await statePieces(id, ownerToken));
    expect(server.server.context.rooms.isLoaded(id)).toBe(false);
    expect(toJSON(fromPieces)).toEqual(toJSON(later));
    expect(fromPieces.getText('notiz').toString()).toBe('noch eins: zuletzt gespeichert');
  });

  it('loads (and migrates) a concept whose snapshot is of an older schema for its state', async () => {
    server = await startServer();
    const { id, ownerToken } = await createConcept(server.url);
    const docs = server.server.context.store.docs;
    const doc = new Y.Doc();
    for (const piece of docs.load(id).snapshot) Y.applyUpdate(doc, piece);
    const snapshot = snapshotOf(doc);
    docs.compact(
      id,
      { ...snapshot, summary: { ...snapshot.summary, schemaVersion: CURRENT_DOC_SCHEMA_VERSION - 1 } },
      Number.MAX_SAFE_INTEGER,
    );
    await statePieces(id, ownerToken);
    expect(server.server.context.rooms.isLoaded(id)).toBe(true);
  });

  it('opens a concept stored the old way (one update, no summary), stores it again in pieces, and exports and backs it up', async () => {
    server = await startServer({ sync: { compactDelayMs: 50, compactMaxWaitMs: 200 } });
    const { id, ownerToken } = await createConcept(server.url);
    const old = new Y.Doc();
    updateMeta(old, { title: 'Früher gespeichert', territory: 'Stadt Beispielhausen' });
    old.getMap(keys.META).set(keys.DOC_SCHEMA_VERSION, CURRENT_DOC_SCHEMA_VERSION);
    old.getText('notiz').insert(0, 'aus der alten Zeile');
    storeOldSnapshot(server.server.context.store, id, Y.encodeStateAsUpdate(old));
    const docs = server.server.context.store.docs;
    expect(docs.load(id).summary).toBeNull();

    const summary = await api(server.url, 'GET', `/api/concepts/${id}/summary`, { token: ownerToken });
    expect(summary.body).toMatchObject({ title: 'Früher gespeichert', territory: 'Stadt Beispielhausen' });
    expect(server.server.context.rooms.isLoaded(id)).toBe(true);
    const fromPieces = applied(await statePieces(id, ownerToken));
    expect(fromPieces.getText('notiz').toString()).toBe('aus der alten Zeile');

    // Loaded, it is stored again once quiet: in pieces, with its summary, the same content.
    await waitFor(() => docs.load(id).summary !== null, 'snapshot stored again');
    const stored = docs.load(id);
    expect(stored.summary).toEqual({
      format: 1,
      schemaVersion: CURRENT_DOC_SCHEMA_VERSION,
      meta: expect.objectContaining({ title: 'Früher gespeichert', territory: 'Stadt Beispielhausen' }),
      trashPurgeAt: null,
    });
    expect(readStoredDoc(server.dataDir, id).getText('notiz').toString()).toBe('aus der alten Zeile');

    const docx = await fetch(`${server.url}/api/concepts/${id}/export.docx`, {
      headers: { authorization: `Bearer ${ownerToken}` },
    });
    expect(docx.status).toBe(200);
    const backup = await api(server.url, 'GET', `/api/concepts/${id}/backup`, { token: ownerToken });
    expect(backup.status).toBe(200);
    expect(backup.body.concept.meta.title).toBe('Früher gespeichert');
  });

  it('loads the concept once something in its Papierkorb is due to go, so it goes before the state is sent', async () => {
    server = await startServer();
    const { id, ownerToken } = await createConcept(server.url);
    const docs = server.server.context.store.docs;
    const doc = new Y.Doc();
    for (const piece of docs.load(id).snapshot) Y.applyUpdate(doc, piece);
    const recent = addMeasure(doc, { title: 'Gestern gelöscht' });
    deleteMeasure(doc, recent, { by: 'Kim', now: new Date(Date.now() - DAY) });
    docs.compact(id, snapshotOf(doc), Number.MAX_SAFE_INTEGER);
    expect(docs.load(id).summary?.trashPurgeAt).toBe(readTrash(doc)[0]?.purgeAt);
    await statePieces(id, ownerToken);
    expect(server.server.context.rooms.isLoaded(id)).toBe(false); // not due yet: answered from what is stored

    const old = addMeasure(doc, { title: 'Vor 31 Tagen gelöscht' });
    deleteMeasure(doc, old, { by: 'Kim', now: new Date(Date.now() - 31 * DAY) });
    docs.compact(id, snapshotOf(doc), Number.MAX_SAFE_INTEGER);
    const fromPieces = applied(await statePieces(id, ownerToken));
    expect(server.server.context.rooms.isLoaded(id)).toBe(true);
    expect(findStoredEntity(fromPieces, keys.MEASURES, old)).toBeUndefined();
    expect(readTrash(fromPieces).map((entry) => entry.id)).toEqual([recent]);
  });

  it('loads the concept when an update stored after the snapshot cannot be read, or the summary is not this server’s', async () => {
    server = await startServer();
    const first = await createConcept(server.url);
    const docs = server.server.context.store.docs;
    docs.append(first.id, new Uint8Array([1, 2, 3]));
    docs.append(first.id, new Uint8Array([4, 5, 6]));
    const pieces = await statePieces(first.id, first.ownerToken); // 200, not a failure
    expect(readMeta(applied(pieces)).title).toBe(newConceptBody.title);
    expect(server.server.context.rooms.isLoaded(first.id)).toBe(true);

    for (const summary of ['{"format":1}', '{"format":2,"schemaVersion":7}', 'kein JSON']) {
      const { id, ownerToken } = await createConcept(server.url);
      server.server.context.store.db
        .prepare('UPDATE doc_snapshots SET summary = ? WHERE concept_id = ?')
        .run(summary, id);
      expect(docs.load(id).summary).toBeNull();
      const answer = await api(server.url, 'GET', `/api/concepts/${id}/summary`, { token: ownerToken });
      expect(answer.body.title).toBe(newConceptBody.title);
      expect(server.server.context.rooms.isLoaded(id)).toBe(true);
    }
  });
});
