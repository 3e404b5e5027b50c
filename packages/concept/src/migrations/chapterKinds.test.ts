import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { paragraphs } from '../../test/factories.ts';
import { fromJSON } from '../json/fromJSON.ts';
import { readChapters } from '../json/readers.ts';
import { toJSON } from '../json/toJSON.ts';
import { collection } from '../model/entityStore.ts';
import { CHAPTERS, DOC_SCHEMA_VERSION, META } from '../model/keys.ts';
import { richTextToPlain } from '../model/richText.ts';
import { documentParts } from '../queries/documentParts.ts';
import { addChapter } from '../verbs/chapterVerbs.ts';
import { setVision } from '../verbs/metaVerbs.ts';
import { chapterKinds } from './chapterKinds.ts';
import { migrateDoc } from './migrateDoc.ts';

const CHAPTER_TEXT = 'Der Kreis versteht sich als Ort der Vielfalt.';
const VISION_TEXT = 'Alle Menschen leben hier sicher und gleichberechtigt.';
const KEYS = ['auftrag', 'leitbild', 'ziele', 'massnahmen', 'akteure-netzwerk', 'beteiligung', 'eigenes'];

/**
 * A concept stored before chapters had kinds: chapters known by their key only, the Leitbild chapter and the
 * vision both written. Written in one update, as a server would have stored it.
 */
function oldConcept(): { doc: Y.Doc; ids: Record<string, string> } {
  const source = new Y.Doc();
  const ids: Record<string, string> = {};
  for (const key of KEYS) {
    const body = key === 'leitbild' ? paragraphs(CHAPTER_TEXT) : undefined;
    ids[key] = addChapter(source, { key, title: key, body });
  }
  setVision(source, paragraphs(VISION_TEXT));
  source.transact(() => {
    collection(source, CHAPTERS).forEach((chapter) => {
      chapter.delete('kind');
    });
    source.getMap(META).delete(DOC_SCHEMA_VERSION);
  });
  const doc = new Y.Doc();
  Y.applyUpdate(doc, Y.encodeStateAsUpdate(source));
  return { doc, ids };
}

function storedKinds(doc: Y.Doc): unknown[] {
  return readChapters(doc).map((c) => collection(doc, CHAPTERS).get(c.id)?.get('kind'));
}

describe('migration 7: chapter kinds', () => {
  it('stores the kind each chapter key stood for, every other chapter as text', () => {
    const { doc } = oldConcept();
    expect(storedKinds(doc).every((kind) => kind === undefined)).toBe(true);
    migrateDoc(doc);
    expect(storedKinds(doc)).toEqual([
      'text',
      'vision',
      'goals',
      'measures',
      'actors',
      'participation',
      'text',
    ]);
  });

  it('reads the same kinds before the migration as after it', () => {
    const { doc } = oldConcept();
    const before = toJSON(doc).chapters.map((c) => c.kind);
    expect(before).toEqual(['text', 'vision', 'goals', 'measures', 'actors', 'participation', 'text']);
    migrateDoc(doc);
    expect(toJSON(doc).chapters.map((c) => c.kind)).toEqual(before);
  });

  it('keeps both the old Leitbild chapter text and the vision: the chapter introduces, the vision follows', () => {
    const { doc } = oldConcept();
    migrateDoc(doc);
    const json = toJSON(doc);
    const intro = json.chapters.find((c) => c.key === 'leitbild');
    expect(intro?.kind).toBe('vision');
    expect(richTextToPlain(intro?.body ?? paragraphs())).toBe(CHAPTER_TEXT);
    expect(richTextToPlain(json.vision)).toBe(VISION_TEXT);
    expect(documentParts(json.chapters).filter((p) => p.part === 'vision')).toEqual([
      { part: 'vision', intro },
    ]);
  });

  it('changes nothing when run again, and keeps a kind a chapter already has', () => {
    const { doc, ids } = oldConcept();
    collection(doc, CHAPTERS)
      .get(ids.eigenes as string)
      ?.set('kind', 'actors');
    doc.transact(() => chapterKinds.migrate(doc));
    expect(
      collection(doc, CHAPTERS)
        .get(ids.eigenes as string)
        ?.get('kind'),
    ).toBe('actors');
    expect(
      collection(doc, CHAPTERS)
        .get(ids['akteure-netzwerk'] as string)
        ?.get('kind'),
    ).toBe('actors');
    let updates = 0;
    doc.on('update', () => updates++);
    doc.transact(() => chapterKinds.migrate(doc));
    expect(updates).toBe(0);
  });

  it('imports Concept JSON without kinds, reading them from the keys, and round-trips them', () => {
    const { doc } = oldConcept();
    const json = toJSON(doc);
    const legacy = { ...json, chapters: json.chapters.map(({ kind: _, ...c }) => c) };
    const imported = toJSON(fromJSON(legacy));
    expect(imported.chapters).toEqual(json.chapters);
    expect(imported.chapters.map((c) => c.kind)).toContain('vision');
    expect(toJSON(fromJSON(JSON.parse(JSON.stringify(imported))))).toEqual(imported);
  });
});
