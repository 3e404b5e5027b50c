import { collection, fromJSON, keys, readEditLog, rt, sampleConcept } from '@werkbank/concept';
import { describe, expect, it, vi } from 'vitest';
import * as Y from 'yjs';
import { recordLocalEdits } from '../activity/recordLocalEdits.ts';
import { shareBodyTexts } from './bodyTexts.ts';
import { watchFirstLocalEdit } from './watchFirstLocalEdit.ts';

function concept() {
  const json = sampleConcept({ fields: 2, goals: 2, measures: 2 });
  const chapter = json.chapters[0];
  if (!chapter) throw new Error('sample has chapters');
  chapter.body = rt.doc(rt.p('Der Kreis ist offen.'));
  const doc = fromJSON(json);
  const body = collection(doc, keys.CHAPTERS).get(chapter.id)?.get(keys.BODY) as Y.XmlFragment;
  return { doc, body, chapterId: chapter.id };
}

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
});
