import {
  addChapter,
  collection,
  keys,
  migrateDoc,
  type RichTextDoc,
  setVision,
  toJSON,
  updateMeta,
} from '@werkbank/concept';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { docxXml } from '../test/docxXml.ts';
import { conceptToDocx } from './conceptToDocx.ts';

const CHAPTER_TEXT = 'Der Kreis versteht sich als Ort der Vielfalt.';
const VISION_TEXT = 'Alle Menschen leben hier sicher und gleichberechtigt.';
const text = (t: string): RichTextDoc => ({
  type: 'doc',
  content: [{ type: 'paragraph', content: [{ type: 'text', text: t }] }],
});

/** A concept stored before chapters had kinds, its old Leitbild chapter and its vision both written. */
function oldConcept(): Y.Doc {
  const doc = new Y.Doc();
  updateMeta(doc, { title: 'Handlungskonzept', territory: 'Kreis Musterland', territoryType: 'kreis' });
  addChapter(doc, {
    key: 'auftrag',
    title: 'Auftrag und Beschluss',
    body: text('Der Kreistag hat beschlossen.'),
  });
  addChapter(doc, { key: 'leitbild', title: 'Leitbild', body: text(CHAPTER_TEXT) });
  addChapter(doc, { key: 'ziele', title: 'Ziele', body: text('Die Ziele folgen.') });
  setVision(doc, text(VISION_TEXT));
  doc.transact(() => {
    collection(doc, keys.CHAPTERS).forEach((chapter) => {
      chapter.delete(keys.KIND);
    });
    doc.getMap(keys.META).delete(keys.DOC_SCHEMA_VERSION);
  });
  const stored = new Y.Doc();
  Y.applyUpdate(stored, Y.encodeStateAsUpdate(doc));
  return stored;
}

async function leitbildSection(doc: Y.Doc): Promise<string[]> {
  const { paragraphs } = docxXml(
    await conceptToDocx(toJSON(doc), { parts: { toc: false, titlePage: false } }),
  );
  const texts = paragraphs.map((p) => p.text).filter(Boolean);
  expect(texts).toContain('Ziele');
  return texts.slice(texts.indexOf('Leitbild'), texts.indexOf('Ziele'));
}

describe('a concept stored before chapters had kinds', () => {
  it('exports its old Leitbild chapter text as the introduction and the vision beneath, under one heading', async () => {
    const doc = oldConcept();
    const before = await leitbildSection(doc);
    expect(before).toEqual(['Leitbild', CHAPTER_TEXT, VISION_TEXT]);
    migrateDoc(doc);
    expect(await leitbildSection(doc)).toEqual(before);
  });
});
