import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { conceptErrorOf, paragraphs } from '../../test/factories.ts';
import { readChapters } from '../json/readers.ts';
import { emptyRichText } from '../model/richText.ts';
import {
  addChapter,
  deleteChapter,
  moveChapter,
  promoteChapterToDraft,
  updateChapter,
} from './chapterVerbs.ts';

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
        kind: 'vision',
        status: 'empty',
        guidingQuestions: [],
        body: emptyRichText(),
      },
      {
        id: a,
        key: 'auftrag',
        title: 'Auftrag',
        kind: 'text',
        status: 'draft',
        guidingQuestions: ['Wer?'],
        body: paragraphs('Der Rat hat beschlossen …'),
      },
    ]);
    deleteChapter(doc, a);
    expect(readChapters(doc).map((c) => c.id)).toEqual([b]);
  });

  it('give a chapter the kind its key stands for unless it is given one, and change it', () => {
    const doc = new Y.Doc();
    const a = addChapter(doc, { key: 'ziele', title: 'Ziele' });
    const b = addChapter(doc, { key: 'ziele-2', title: 'Unsere Ziele', kind: 'goals' });
    const c = addChapter(doc, { key: 'leitbild', title: 'Leitbild', kind: 'text' });
    expect(readChapters(doc).map((chapter) => chapter.kind)).toEqual(['goals', 'goals', 'text']);
    updateChapter(doc, a, { kind: 'text' });
    expect(readChapters(doc).find((chapter) => chapter.id === a)?.kind).toBe('text');
    expect(conceptErrorOf(() => updateChapter(doc, b, { kind: 'anhang' as 'text' })).code).toBe(
      'invalid-input',
    );
    expect(readChapters(doc).map((chapter) => chapter.id)).toEqual([a, b, c]);
  });

  it('make an empty chapter a draft when text is written into it, in the same transaction', () => {
    const doc = new Y.Doc();
    const id = addChapter(doc, { title: 'Auftrag' });
    let updates = 0;
    doc.on('update', () => updates++);
    updateChapter(doc, id, { body: paragraphs('Der Rat hat beschlossen …') });
    expect(updates).toBe(1);
    expect(readChapters(doc)[0]?.status).toBe('draft');
    expect(readChapters(doc, { richText: true })[0]?.body).toEqual(paragraphs('Der Rat hat beschlossen …'));
  });

  it('leave a status alone that a person chose, or when the body has no text', () => {
    const doc = new Y.Doc();
    const empty = addChapter(doc, { body: emptyRichText() });
    const chosen = addChapter(doc, { status: 'empty', body: paragraphs('Notizen') });
    const review = addChapter(doc, { status: 'review' });
    const started = addChapter(doc, { body: paragraphs('Entwurf') });
    updateChapter(doc, empty, { body: paragraphs('   ') });
    updateChapter(doc, review, { body: paragraphs('Neu') });
    updateChapter(doc, started, { body: emptyRichText() });
    expect(readChapters(doc).map((c) => [c.id, c.status])).toEqual([
      [empty, 'empty'],
      [chosen, 'empty'],
      [review, 'review'],
      [started, 'draft'],
    ]);
    expect(promoteChapterToDraft(doc, chosen)).toBe(true);
    expect(promoteChapterToDraft(doc, chosen)).toBe(false);
    expect(promoteChapterToDraft(doc, empty)).toBe(false);
  });

  it('refuse an invalid status and unknown chapters', () => {
    const doc = new Y.Doc();
    expect(conceptErrorOf(() => addChapter(doc, { status: 'fertig' as never })).path).toBe('chapters.status');
    expect(conceptErrorOf(() => updateChapter(doc, 'x', {})).code).toBe('not-found');
    expect(conceptErrorOf(() => moveChapter(doc, 'x', 0)).code).toBe('not-found');
    expect(conceptErrorOf(() => deleteChapter(doc, 'x')).code).toBe('not-found');
    expect(conceptErrorOf(() => promoteChapterToDraft(doc, 'x')).code).toBe('not-found');
  });
});
