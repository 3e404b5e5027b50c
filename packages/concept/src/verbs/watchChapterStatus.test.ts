import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { replicaOf, syncDocs } from '../../test/factories.ts';
import { readChapters } from '../json/readers.ts';
import { findEntity } from '../model/entityStore.ts';
import { CHAPTERS } from '../model/keys.ts';
import { addChapter, deleteChapter, updateChapter } from './chapterVerbs.ts';
import { watchChapterStatus } from './watchChapterStatus.ts';

function status(doc: Y.Doc, id: string): string | undefined {
  return readChapters(doc).find((c) => c.id === id)?.status;
}

/** Types `text` into the chapter's body the way a bound editor does: straight into the fragment. */
function type(doc: Y.Doc, id: string, text: string): void {
  const body = findEntity(doc, CHAPTERS, id)?.get('body') as Y.XmlFragment;
  doc.transact(() => {
    let paragraph = body.get(0) as Y.XmlElement | undefined;
    if (!paragraph) {
      paragraph = new Y.XmlElement('paragraph');
      body.insert(0, [paragraph]);
    }
    const existing = paragraph.get(0);
    const node = existing instanceof Y.XmlText ? existing : new Y.XmlText();
    if (node !== existing) paragraph.insert(0, [node]);
    node.insert(node.length, text);
  }, 'editor');
}

describe('watchChapterStatus', () => {
  it('makes an empty chapter a draft once text is typed, and only then', () => {
    const doc = new Y.Doc();
    const id = addChapter(doc, { title: 'Ausgangslage' });
    const stop = watchChapterStatus(doc, id);
    type(doc, id, '   ');
    expect(status(doc, id)).toBe('empty');
    type(doc, id, 'Im Kreis');
    expect(status(doc, id)).toBe('draft');
    stop();
  });

  it('never changes a status a person chose, and clearing the text keeps the draft', () => {
    const doc = new Y.Doc();
    const review = addChapter(doc, { status: 'review' });
    const draft = addChapter(doc);
    const stop = watchChapterStatus(doc);
    type(doc, review, 'Text');
    expect(status(doc, review)).toBe('review');
    type(doc, draft, 'Text');
    updateChapter(doc, draft, { body: { type: 'doc', content: [{ type: 'paragraph' }] } });
    expect(status(doc, draft)).toBe('draft');
    stop();
  });

  it('writes nothing for text that arrives from another replica; the replica that typed sets the status', () => {
    const a = new Y.Doc();
    const id = addChapter(a, { title: 'Leitbild' });
    const b = replicaOf(a);
    const stopA = watchChapterStatus(a, id);
    let writesByB = 0;
    b.on('update', (_: Uint8Array, origin: unknown) => {
      if (origin !== 'sync') writesByB++;
    });
    const stopB = watchChapterStatus(b, id);
    type(a, id, 'Vielfalt');
    Y.applyUpdate(b, Y.encodeStateAsUpdate(a, Y.encodeStateVector(b)), 'sync');
    expect(writesByB).toBe(0);
    expect(status(b, id)).toBe('draft');
    stopA();
    stopB();
  });

  it('merges to draft when two offline replicas both type the first text', () => {
    const a = new Y.Doc();
    const id = addChapter(a);
    const b = replicaOf(a);
    const stops = [watchChapterStatus(a), watchChapterStatus(b)];
    type(a, id, 'Erstens');
    type(b, id, 'Zweitens');
    syncDocs(a, b);
    expect(status(a, id)).toBe('draft');
    expect(status(b, id)).toBe('draft');
    for (const stop of stops) stop();
  });

  it('stops when told to, and ignores other chapters and deleted ones', () => {
    const doc = new Y.Doc();
    const watched = addChapter(doc);
    const other = addChapter(doc);
    const stop = watchChapterStatus(doc, watched);
    type(doc, other, 'Text');
    expect(status(doc, other)).toBe('empty');
    deleteChapter(doc, other);
    stop();
    type(doc, watched, 'Text');
    expect(status(doc, watched)).toBe('empty');
  });
});
