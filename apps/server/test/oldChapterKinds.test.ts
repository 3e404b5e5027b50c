import {
  addChapter,
  type ConceptJSON,
  CURRENT_DOC_SCHEMA_VERSION,
  collection,
  docSchemaVersion,
  keys,
  type RichTextDoc,
  richTextToPlain,
  setVision,
  updateMeta,
} from '@werkbank/concept';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { connectClient } from './connectClient.ts';
import { documentXml } from './documentXml.ts';
import { api, createConcept } from './factories.ts';
import { startServer, type TestServer } from './startServer.ts';
import { storeOldSnapshot } from './storeOldSnapshot.ts';

const CHAPTER_TEXT = 'Der Kreis versteht sich als Ort der Vielfalt.';
const VISION_TEXT = 'Alle Menschen leben hier sicher und gleichberechtigt.';
const text = (t: string): RichTextDoc => ({
  type: 'doc',
  content: [{ type: 'paragraph', content: [{ type: 'text', text: t }] }],
});

/** A concept as a server stored it before chapters had kinds: its Leitbild chapter and its vision both written. */
function oldDoc(): { update: Uint8Array; leitbild: string } {
  const doc = new Y.Doc();
  updateMeta(doc, {
    title: 'Handlungskonzept von früher',
    territory: 'Kreis Musterland',
    territoryType: 'kreis',
  });
  addChapter(doc, { key: 'auftrag', title: 'Auftrag', body: text('Der Kreistag hat beschlossen.') });
  const leitbild = addChapter(doc, { key: 'leitbild', title: 'Leitbild', body: text(CHAPTER_TEXT) });
  setVision(doc, text(VISION_TEXT));
  doc.transact(() => {
    collection(doc, keys.CHAPTERS).forEach((chapter) => {
      chapter.delete(keys.KIND);
    });
    doc.getMap(keys.META).set(keys.DOC_SCHEMA_VERSION, CURRENT_DOC_SCHEMA_VERSION - 1);
  });
  return { update: Y.encodeStateAsUpdate(doc), leitbild };
}

describe('a concept stored before chapters had kinds', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startServer();
  });
  afterAll(() => server.dispose());

  it('opens migrated, exports the Leitbild chapter text before the vision, and backs up and imports with kinds', async () => {
    const old = oldDoc();
    const { id, ownerToken } = await createConcept(server.url);
    storeOldSnapshot(server.server.context.store, id, old.update);
    const client = connectClient(server.wsUrl, id, ownerToken, {
      schema: String(CURRENT_DOC_SCHEMA_VERSION),
    });
    const synced = await client.firstSync;
    client.destroy();
    expect(docSchemaVersion(synced)).toBe(CURRENT_DOC_SCHEMA_VERSION);
    expect(collection(synced, keys.CHAPTERS).get(old.leitbild)?.get(keys.KIND)).toBe('vision');

    const docx = await fetch(`${server.url}/api/concepts/${id}/export.docx`, {
      headers: { authorization: `Bearer ${ownerToken}` },
    });
    expect(docx.status).toBe(200);
    const xml = documentXml(new Uint8Array(await docx.arrayBuffer()));
    const heading = xml.lastIndexOf('>Leitbild<');
    expect(heading).toBeGreaterThan(-1);
    expect(xml.indexOf(CHAPTER_TEXT)).toBeGreaterThan(heading);
    expect(xml.indexOf(VISION_TEXT)).toBeGreaterThan(xml.indexOf(CHAPTER_TEXT));

    const backup = await api(server.url, 'GET', `/api/concepts/${id}/backup`, { token: ownerToken });
    expect(backup.status).toBe(200);
    const concept = backup.body.concept as ConceptJSON;
    const chapter = concept.chapters.find((c) => c.id === old.leitbild);
    expect(chapter?.kind).toBe('vision');
    expect(richTextToPlain(chapter?.body ?? text(''))).toBe(CHAPTER_TEXT);
    expect(richTextToPlain(concept.vision)).toBe(VISION_TEXT);
    // A backup written before kinds (no `kind` in its chapters) still imports, with the kinds read from the keys.
    const legacy = {
      ...backup.body,
      concept: { ...concept, chapters: concept.chapters.map(({ kind: _, ...c }) => c) },
    };
    const imported = await api(server.url, 'POST', '/api/concepts/import', { body: legacy });
    expect(imported.status).toBe(201);
    const copy = await api(server.url, 'GET', `/api/concepts/${imported.body.id}`, {
      token: imported.body.ownerToken,
    });
    expect(copy.body).toEqual(concept);
  });
});
