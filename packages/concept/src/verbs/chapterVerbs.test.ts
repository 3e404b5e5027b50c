import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { conceptErrorOf, paragraphs } from '../../test/factories.ts';
import { readChapters } from '../json/readers.ts';
import { emptyRichText } from '../model/richText.ts';
import { addChapter, deleteChapter, moveChapter, updateChapter } from './chapterVerbs.ts';

describe('chapter verbs', () => {
  it('add, update, move and delete chapters with their bodies', () => {
    const doc = new Y.Doc();
    const a = addChapter(doc, { key: 'auftrag', title: 'Auftrag', guidingQuestions: ['Wer?'] });
    const b = addChapter(doc, { key: 'leitbild', title: 'Leitbild' });
    updateChapter(doc, a, { status: 'draft', body: paragraphs('Der Rat hat beschlossen …') });
    moveChapter(doc, b, 0);
    expect(readChapters(doc, { richText: true })).toEqual([
      {
        id: b,
        key: 'leitbild',
        title: 'Leitbild',
        status: 'empty',
        guidingQuestions: [],
        body: emptyRichText(),
      },
      {
        id: a,
        key: 'auftrag',
        title: 'Auftrag',
        status: 'draft',
        guidingQuestions: ['Wer?'],
        body: paragraphs('Der Rat hat beschlossen …'),
      },
    ]);
    deleteChapter(doc, a);
    expect(readChapters(doc).map((c) => c.id)).toEqual([b]);
  });

  it('refuse an invalid status and unknown chapters', () => {
    const doc = new Y.Doc();
    expect(conceptErrorOf(() => addChapter(doc, { status: 'fertig' as never })).path).toBe('chapters.status');
    expect(conceptErrorOf(() => updateChapter(doc, 'x', {})).code).toBe('not-found');
    expect(conceptErrorOf(() => moveChapter(doc, 'x', 0)).code).toBe('not-found');
    expect(conceptErrorOf(() => deleteChapter(doc, 'x')).code).toBe('not-found');
  });
});
