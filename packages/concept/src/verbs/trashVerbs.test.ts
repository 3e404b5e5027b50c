import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { buildConcept, conceptErrorOf, paragraphs } from '../../test/factories.ts';
import { readActors, readChapters, readGoals, readMeasures } from '../json/readers.ts';
import { toJSON } from '../json/toJSON.ts';
import { findEntity, findStoredEntity } from '../model/entityStore.ts';
import { ACTORS, CHAPTERS, DELETED_AT, GOALS, MEASURES } from '../model/keys.ts';
import { richTextToPlain } from '../model/richText.ts';
import { addActor, deleteActor } from './actorVerbs.ts';
import { addChapter, deleteChapter } from './chapterVerbs.ts';
import { deleteGoal, updateGoal } from './goalVerbs.ts';
import { addMeasure, deleteMeasure, updateMeasure } from './measureVerbs.ts';
import { purgeTrash, readTrash, restoreFromTrash, trashEntryOf } from './trashVerbs.ts';

function synced(): { a: Y.Doc; b: Y.Doc; ids: ReturnType<typeof buildConcept> } {
  const a = new Y.Doc();
  const ids = buildConcept(a);
  const b = new Y.Doc();
  Y.applyUpdate(b, Y.encodeStateAsUpdate(a));
  return { a, b, ids };
}

function exchange(a: Y.Doc, b: Y.Doc): void {
  Y.applyUpdate(b, Y.encodeStateAsUpdate(a, Y.encodeStateVector(b)));
  Y.applyUpdate(a, Y.encodeStateAsUpdate(b, Y.encodeStateVector(a)));
}

describe('the Papierkorb', () => {
  it('lists what was deleted, by whom and when, the newest first, and when it goes for good', () => {
    const { a: doc, ids } = synced();
    const chapter = addChapter(doc, { title: 'Ausgangslage' });
    const actor = addActor(doc, { name: 'Jugendmigrationsdienst' });
    deleteMeasure(doc, ids.measures.turnier, { by: 'Kim Berger', now: new Date('2026-12-01T10:00:00Z') });
    deleteActor(doc, actor, { by: 'Jo', now: new Date('2026-12-02T10:00:00Z') });
    deleteChapter(doc, chapter, { now: new Date('2026-12-03T10:00:00Z') });
    expect(
      readTrash(doc).map(({ collection, label, deletedBy, deletedAt, purgeAt }) => ({
        collection,
        label,
        deletedBy,
        deletedAt,
        purgeAt,
      })),
    ).toEqual([
      {
        collection: CHAPTERS,
        label: 'Ausgangslage',
        deletedBy: '',
        deletedAt: '2026-12-03T10:00:00.000Z',
        purgeAt: '2027-01-02T10:00:00.000Z',
      },
      {
        collection: ACTORS,
        label: 'Jugendmigrationsdienst',
        deletedBy: 'Jo',
        deletedAt: '2026-12-02T10:00:00.000Z',
        purgeAt: '2027-01-01T10:00:00.000Z',
      },
      {
        collection: MEASURES,
        label: 'M-02 Turnier gegen Rassismus',
        deletedBy: 'Kim Berger',
        deletedAt: '2026-12-01T10:00:00.000Z',
        purgeAt: '2026-12-31T10:00:00.000Z',
      },
    ]);
    expect(readMeasures(doc).map((m) => m.id)).toEqual([ids.measures.fortbildung]);
    expect(readChapters(doc).map((c) => c.id)).not.toContain(chapter);
    expect(readActors(doc)).toEqual([]);
    expect(toJSON(doc).measures.map((m) => m.id)).toEqual([ids.measures.fortbildung]);
  });

  it('keeps a measure restorable with its content, fields and goals', () => {
    const { a: doc, ids } = synced();
    updateMeasure(doc, ids.measures.turnier, {
      lead: 'Kreissportbund',
      description: paragraphs('Jährlich.'),
    });
    const before = toJSON(doc);
    deleteMeasure(doc, ids.measures.turnier, { by: 'Kim' });
    expect(findEntity(doc, MEASURES, ids.measures.turnier)).toBeUndefined();
    expect(conceptErrorOf(() => updateMeasure(doc, ids.measures.turnier, { lead: 'x' })).code).toBe(
      'not-found',
    );
    expect(conceptErrorOf(() => deleteMeasure(doc, ids.measures.turnier)).code).toBe('not-found');
    expect(restoreFromTrash(doc, MEASURES, ids.measures.turnier)).toBe(1);
    expect(toJSON(doc)).toEqual(before);
    expect(trashEntryOf(doc, MEASURES, ids.measures.turnier)).toBeNull();
    expect(conceptErrorOf(() => restoreFromTrash(doc, MEASURES, ids.measures.turnier)).code).toBe(
      'not-found',
    );
  });

  it('keeps what someone else typed into a goal while it was being deleted, and restores it', () => {
    const { a, b, ids } = synced();
    deleteGoal(a, ids.goals.handlungsziel2, 'delete', { by: 'Kim' });
    updateGoal(b, ids.goals.handlungsziel2, {
      title: 'Jeder Verein hat eine Ansprechperson',
      description: paragraphs('Benannt bis Ende 2027.'),
    });
    exchange(a, b);
    for (const doc of [a, b]) expect(readGoals(doc).map((g) => g.id)).not.toContain(ids.goals.handlungsziel2);
    expect(trashEntryOf(b, GOALS, ids.goals.handlungsziel2)?.deletedBy).toBe('Kim');
    restoreFromTrash(b, GOALS, ids.goals.handlungsziel2);
    exchange(a, b);
    for (const doc of [a, b]) {
      const goal = readGoals(doc, { richText: true }).find((g) => g.id === ids.goals.handlungsziel2);
      expect(goal?.title).toBe('Jeder Verein hat eine Ansprechperson');
      expect(richTextToPlain(goal?.description ?? paragraphs())).toContain('Benannt bis Ende 2027.');
      expect(readMeasures(doc)[1]?.goalIds).toContain(ids.goals.handlungsziel2);
    }
  });

  it('gives a restored measure a free code when another took its code meanwhile', () => {
    const { a: doc, ids } = synced();
    deleteMeasure(doc, ids.measures.turnier);
    const newcomer = addMeasure(doc, { title: 'Lesereihe', code: 'M-02' });
    restoreFromTrash(doc, MEASURES, ids.measures.turnier);
    const codes = Object.fromEntries(readMeasures(doc).map((m) => [m.id, m.code]));
    expect(codes[newcomer]).toBe('M-02');
    expect(codes[ids.measures.turnier]).toBe('M-03');
  });

  it('removes for good only what lay there for more than 30 days', () => {
    const { a: doc, ids } = synced();
    deleteMeasure(doc, ids.measures.turnier, { now: new Date('2026-11-01T08:00:00Z') });
    deleteMeasure(doc, ids.measures.fortbildung, { now: new Date('2026-11-20T08:00:00Z') });
    expect(purgeTrash(doc, new Date('2026-12-01T07:59:00Z'))).toBe(0);
    expect(purgeTrash(doc, new Date('2026-12-01T08:00:00Z'))).toBe(1);
    expect(findStoredEntity(doc, MEASURES, ids.measures.turnier)).toBeUndefined();
    expect(readTrash(doc).map((entry) => entry.id)).toEqual([ids.measures.fortbildung]);
  });

  it('treats an unreadable deletion mark from a raw client as live', () => {
    const { a: doc, ids } = synced();
    doc.transact(() => findEntity(doc, MEASURES, ids.measures.turnier)?.set(DELETED_AT, 12345));
    expect(readMeasures(doc).map((m) => m.id)).toContain(ids.measures.turnier);
    expect(readTrash(doc)).toEqual([]);
  });
});
