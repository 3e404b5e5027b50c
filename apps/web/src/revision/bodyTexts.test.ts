import { collection, keys, readEditLog } from '@werkbank/concept';
import { describe, expect, it, vi } from 'vitest';
import * as Y from 'yjs';
import { recordLocalEdits } from '../activity/recordLocalEdits.ts';
import { sampleWithChapterBody as concept } from '../test/factories.tsx';
import { shareBodyTexts } from './bodyTexts.ts';
import { watchFirstLocalEdit } from './watchFirstLocalEdit.ts';

describe('shareBodyTexts', () => {
  it('gives those who watch a doc at the same time one BodyTexts, and a new one once all released', () => {
    const { doc } = concept();
    const first = shareBodyTexts(doc);
    const second = shareBodyTexts(doc);
    expect(second.texts).toBe(first.texts);
    first.release();
    first.release(); // twice counts once
    expect(shareBodyTexts(doc).texts).toBe(first.texts);
    second.release();
    expect(shareBodyTexts(new Y.Doc()).texts).not.toBe(first.texts);
  });

  it('lets both watchers of one doc see the same local text change as an edit', () => {
    const { doc, body, chapterId } = concept();
    const onEdit = vi.fn();
    const stopRecording = recordLocalEdits(doc, () => ({ name: 'Prüferin', device: 'gerät-1' }));
    const watch = watchFirstLocalEdit(doc, onEdit);
    doc.transact(() => ((body.get(0) as Y.XmlElement).get(0) as Y.XmlText).insert(0, 'Ja: '), 'y-sync');
    expect(onEdit).toHaveBeenCalledTimes(1);
    return Promise.resolve().then(() => {
      expect(readEditLog(doc).some((entry) => JSON.stringify(entry).includes(chapterId))).toBe(true);
      watch.stop();
      stopRecording();
    });
  });

  it('takes in changes from elsewhere by itself, so a user that only asks about its own changes is not misled', () => {
    const { doc, body, chapterId } = concept();
    const shared = shareBodyTexts(doc);
    // Someone else adds words; then an editor here rewrites the body's structure without changing them.
    const remote = new Y.Doc();
    Y.applyUpdate(remote, Y.encodeStateAsUpdate(doc));
    const vector = Y.encodeStateVector(doc);
    const remoteBody = collection(remote, keys.CHAPTERS).get(chapterId)?.get(keys.BODY) as Y.XmlFragment;
    ((remoteBody.get(0) as Y.XmlElement).get(0) as Y.XmlText).insert(0, 'Fremd: ');
    Y.applyUpdate(doc, Y.encodeStateAsUpdate(remote, vector), 'remote');
    const found: number[] = [];
    const ask = (transaction: Y.Transaction) => {
      if (transaction.local) found.push(shared.texts.edited(transaction).length);
    };
    doc.on('afterTransaction', ask);
    doc.transact(() => (body.get(0) as Y.XmlElement).setAttribute('textAlign', 'left'), 'y-sync');
    doc.transact(() => ((body.get(0) as Y.XmlElement).get(0) as Y.XmlText).insert(0, 'Hier: '), 'y-sync');
    expect(found).toEqual([0, 1]);
    doc.off('afterTransaction', ask);
    shared.release();
  });
});
