import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
// biome-ignore lint/style/noRestrictedImports: test/ lies inside this package
import { conceptErrorOf, paragraphs } from '../../test/factories.ts';
import { readActors, readChapters, readMeasures, readPhenomena } from '../json/readers.ts';
import { findEntity } from '../model/entityStore.ts';
import { MEASURES } from '../model/keys.ts';
import { emptyRichText } from '../model/richText.ts';
import { addActor, deleteActor, moveActor, updateActor } from './actorVerbs.ts';
import { addChapter, deleteChapter, moveChapter, updateChapter } from './chapterVerbs.ts';
import { addMeasure } from './measureVerbs.ts';
import { addPhenomenon, deletePhenomenon, movePhenomenon, updatePhenomenon } from './phenomenonVerbs.ts';

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

describe('actor verbs', () => {
  it('add, update, move and delete actors', () => {
    const doc = new Y.Doc();
    const a = addActor(doc, { name: 'Jüdische Gemeinde', type: 'jewish-community' });
    const b = addActor(doc, { name: 'Integrationsrat' });
    updateActor(doc, b, { type: 'politics', notes: 'tagt monatlich' });
    moveActor(doc, b, 0);
    expect(readActors(doc)).toEqual([
      { id: b, name: 'Integrationsrat', type: 'politics', notes: 'tagt monatlich' },
      { id: a, name: 'Jüdische Gemeinde', type: 'jewish-community', notes: '' },
    ]);
    deleteActor(doc, a);
    expect(readActors(doc).map((x) => x.id)).toEqual([b]);
    expect(conceptErrorOf(() => addActor(doc, { type: 'verein' as never })).path).toBe('actors.type');
  });
});

describe('phenomenon verbs', () => {
  it('add, update, move phenomenon areas; deleting one removes it from every measure', () => {
    const doc = new Y.Doc();
    const a = addPhenomenon(doc, { title: 'Antisemitismus' });
    const b = addPhenomenon(doc, { title: 'Antiziganismus' });
    updatePhenomenon(doc, b, { description: 'Rassismus gegen Sinti*zze und Rom*nja' });
    movePhenomenon(doc, b, 0);
    expect(readPhenomena(doc).map((p) => [p.title, p.description])).toEqual([
      ['Antiziganismus', 'Rassismus gegen Sinti*zze und Rom*nja'],
      ['Antisemitismus', ''],
    ]);
    const measure = addMeasure(doc, { phenomenonIds: [a, b] });
    deletePhenomenon(doc, a);
    expect(readMeasures(doc).find((m) => m.id === measure)?.phenomenonIds).toEqual([b]);
    const stored = findEntity(doc, MEASURES, measure)?.get('phenomenonIds') as Y.Map<boolean>;
    expect([...stored.keys()]).toEqual([b]);
    expect(conceptErrorOf(() => deletePhenomenon(doc, a)).code).toBe('not-found');
  });
});
