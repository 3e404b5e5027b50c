import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { buildConcept, conceptErrorOf, paragraphs } from '../../test/factories.ts';
import { readGoals, readMeasures } from '../json/readers.ts';
import { toJSON } from '../json/toJSON.ts';
import { GOALS } from '../model/keys.ts';
import { flattenGoalTree, goalTree } from '../queries/goalTree.ts';
import { addGoal, deleteGoal, moveGoal, updateGoal } from './goalVerbs.ts';
import { linkMeasureToGoal } from './measureVerbs.ts';
import { readTrash, restoreFromTrash } from './trashVerbs.ts';

function outline(doc: Y.Doc): string[] {
  return flattenGoalTree(goalTree(readGoals(doc))).map((n) => `${n.number} ${n.goal.title}`);
}

function parentOf(doc: Y.Doc, id: string): string | null | undefined {
  return toJSON(doc).goals.find((g) => g.id === id)?.parentId;
}

describe('addGoal', () => {
  it('builds a tree of Leitziele, Mittlerziele and Handlungsziele in sibling order', () => {
    const doc = new Y.Doc();
    const a = addGoal(doc, { title: 'A' });
    addGoal(doc, { title: 'B' });
    const a2 = addGoal(doc, { title: 'A.2', parentId: a });
    addGoal(doc, { title: 'A.1', parentId: a }, 0);
    addGoal(doc, { title: 'A.2.1', parentId: a2 });
    expect(outline(doc)).toEqual(['1 A', '1.1 A.1', '1.2 A.2', '1.2.1 A.2.1', '2 B']);
    expect(flattenGoalTree(goalTree(readGoals(doc))).map((n) => n.level)).toEqual([
      'leitziel',
      'mittlerziel',
      'mittlerziel',
      'handlungsziel',
      'leitziel',
    ]);
  });

  it('stores description, fields, SMART flags, target date and focus', () => {
    const { doc, fields } = buildConcept();
    const id = addGoal(doc, {
      title: 'Betroffene kennen die Beratungsstelle',
      description: paragraphs('Bis Ende 2026'),
      fieldIds: [fields.sport],
      smart: { specific: true, measurable: true, achievable: false, relevant: true, timeBound: true },
      targetDate: '2026-12-31',
      isFocus: true,
      focusPeriod: '2025–2027',
    });
    expect(toJSON(doc).goals.find((g) => g.id === id)).toMatchObject({
      parentId: null,
      description: paragraphs('Bis Ende 2026'),
      fieldIds: [fields.sport],
      smart: { specific: true, measurable: true, achievable: false, relevant: true, timeBound: true },
      targetDate: '2026-12-31',
      isFocus: true,
      focusPeriod: '2025–2027',
    });
  });

  it('refuses a fourth level with code too-deep', () => {
    const { doc, goals } = buildConcept();
    const error = conceptErrorOf(() => addGoal(doc, { title: 'zu tief', parentId: goals.handlungsziel1 }));
    expect(error).toMatchObject({ code: 'too-deep', path: 'goals.parentId' });
  });

  it('refuses a parent or field that does not exist', () => {
    const doc = new Y.Doc();
    expect(conceptErrorOf(() => addGoal(doc, { parentId: 'weg' }))).toMatchObject({
      code: 'invalid-reference',
      path: 'goals.parentId',
    });
    expect(conceptErrorOf(() => addGoal(doc, { fieldIds: ['weg'] })).path).toBe('goals.fieldIds');
    expect(readGoals(doc)).toEqual([]);
  });

  it('refuses invalid input naming the path', () => {
    const doc = new Y.Doc();
    expect(conceptErrorOf(() => addGoal(doc, { targetDate: 'morgen' })).path).toBe('goals.targetDate');
    expect(conceptErrorOf(() => addGoal(doc, { smart: { specific: 'ja' } as never })).path).toMatch(
      /^goals\.smart/,
    );
  });
});

describe('updateGoal', () => {
  it('changes fields but not the parent', () => {
    const { doc, goals } = buildConcept();
    updateGoal(doc, goals.handlungsziel2, { title: 'Jeder Verein hat eine Ansprechperson' });
    expect(readGoals(doc).find((g) => g.id === goals.handlungsziel2)?.title).toBe(
      'Jeder Verein hat eine Ansprechperson',
    );
    expect(
      conceptErrorOf(() => updateGoal(doc, goals.handlungsziel2, { parentId: null } as never)).code,
    ).toBe('invalid-input');
  });

  it('refuses an unknown goal and unknown fields of action', () => {
    const { doc, goals } = buildConcept();
    expect(conceptErrorOf(() => updateGoal(doc, 'x', { title: 'y' })).code).toBe('not-found');
    expect(conceptErrorOf(() => updateGoal(doc, goals.leitziel, { fieldIds: ['x'] })).code).toBe(
      'invalid-reference',
    );
  });
});

describe('moveGoal', () => {
  it('re-parents a goal with its subtree and places it among its new siblings', () => {
    const { doc, goals } = buildConcept();
    const second = addGoal(doc, { title: 'Zweites Leitziel' });
    moveGoal(doc, goals.mittlerziel, second, 0);
    expect(parentOf(doc, goals.mittlerziel)).toBe(second);
    expect(parentOf(doc, goals.handlungsziel1)).toBe(goals.mittlerziel);
    moveGoal(doc, goals.handlungsziel2, null, 0);
    expect(outline(doc)[0]).toBe('1 Vereine haben eine Ansprechperson');
  });

  it('refuses to make a goal its own parent or ancestor, with code cycle', () => {
    const { doc, goals } = buildConcept();
    expect(conceptErrorOf(() => moveGoal(doc, goals.leitziel, goals.leitziel)).code).toBe('cycle');
    const error = conceptErrorOf(() => moveGoal(doc, goals.leitziel, goals.handlungsziel1));
    expect(error).toMatchObject({ code: 'cycle', path: `goals.${goals.leitziel}` });
    expect(parentOf(doc, goals.leitziel)).toBeNull();
  });

  it('refuses a move that would make the tree deeper than three levels', () => {
    const { doc, goals } = buildConcept();
    const other = addGoal(doc, { title: 'Anderes Leitziel' });
    const otherMittel = addGoal(doc, { title: 'Anderes Mittlerziel', parentId: other });
    expect(conceptErrorOf(() => moveGoal(doc, goals.mittlerziel, otherMittel)).code).toBe('too-deep');
    expect(conceptErrorOf(() => moveGoal(doc, goals.leitziel, other)).code).toBe('too-deep');
    moveGoal(doc, goals.handlungsziel2, otherMittel);
    expect(parentOf(doc, goals.handlungsziel2)).toBe(otherMittel);
  });

  it('refuses unknown goals and parents', () => {
    const { doc, goals } = buildConcept();
    expect(conceptErrorOf(() => moveGoal(doc, 'x', null)).code).toBe('not-found');
    expect(conceptErrorOf(() => moveGoal(doc, goals.leitziel, 'x')).code).toBe('not-found');
  });
});

describe('deleteGoal', () => {
  it('reparent: the children take the goal’s place under its parent, in order', () => {
    const { doc, goals } = buildConcept();
    const sibling = addGoal(doc, { title: 'Nachbar', parentId: goals.leitziel });
    deleteGoal(doc, goals.mittlerziel, 'reparent');
    expect(outline(doc)).toEqual([
      '1 Alle Menschen im Kreis erleben Anerkennung',
      '1.1 Übungsleitungen kennen Beratungsangebote',
      '1.2 Vereine haben eine Ansprechperson',
      '1.3 Nachbar',
    ]);
    expect(parentOf(doc, sibling)).toBe(goals.leitziel);
  });

  it('reparent of a root makes its children roots', () => {
    const { doc, goals } = buildConcept();
    deleteGoal(doc, goals.leitziel, 'reparent');
    expect(parentOf(doc, goals.mittlerziel)).toBeNull();
    expect(parentOf(doc, goals.handlungsziel1)).toBe(goals.mittlerziel);
  });

  it('delete: the whole subtree goes to the Papierkorb, no measure shows a link to it, restoring brings all back', () => {
    const { doc, goals } = buildConcept();
    const before = toJSON(doc);
    deleteGoal(doc, goals.mittlerziel, 'delete', { by: 'Kim' });
    expect(readGoals(doc).map((g) => g.id)).toEqual([goals.leitziel]);
    for (const m of readMeasures(doc)) expect(m.goalIds).toEqual([]);
    expect(new Set(readTrash(doc).map((entry) => entry.trashId)).size).toBe(1);
    expect(
      readTrash(doc)
        .map((entry) => entry.id)
        .sort(),
    ).toEqual([goals.mittlerziel, goals.handlungsziel1, goals.handlungsziel2].sort());
    // Restoring one of the batch restores the batch, links included.
    expect(restoreFromTrash(doc, GOALS, goals.handlungsziel2)).toBe(3);
    expect(toJSON(doc)).toEqual(before);
    expect(readTrash(doc)).toEqual([]);
  });

  it('reparent: only the deleted goal disappears from measures; restored, it is linked again', () => {
    const { doc, goals, measures } = buildConcept();
    linkMeasureToGoal(doc, measures.turnier, goals.mittlerziel);
    deleteGoal(doc, goals.mittlerziel, 'reparent');
    expect(readMeasures(doc)[1]?.goalIds).toEqual([goals.handlungsziel1, goals.handlungsziel2].sort());
    restoreFromTrash(doc, GOALS, goals.mittlerziel);
    expect(readMeasures(doc)[1]?.goalIds).toEqual(
      [goals.mittlerziel, goals.handlungsziel1, goals.handlungsziel2].sort(),
    );
    // Its former children stay where the deletion put them.
    expect(readGoals(doc).find((g) => g.id === goals.handlungsziel1)?.parentId).toBe(goals.leitziel);
  });

  it('refuses an unknown goal', () => {
    expect(conceptErrorOf(() => deleteGoal(new Y.Doc(), 'x', 'delete')).code).toBe('not-found');
  });
});

describe('updateGoal with single SMART flags', () => {
  it('keeps both flags when two replicas tick different ones at the same time', () => {
    const a = new Y.Doc();
    const goal = addGoal(a, { title: 'Betroffene kennen die Beratungsangebote' });
    const b = new Y.Doc();
    Y.applyUpdate(b, Y.encodeStateAsUpdate(a));
    updateGoal(a, goal, { smart: { specific: true } });
    updateGoal(b, goal, { smart: { measurable: true } });
    Y.applyUpdate(a, Y.encodeStateAsUpdate(b));
    Y.applyUpdate(b, Y.encodeStateAsUpdate(a));
    const smart = readGoals(a)[0]?.smart;
    expect(smart?.specific).toBe(true);
    expect(smart?.measurable).toBe(true);
    expect(readGoals(b)[0]?.smart).toEqual(smart);
  });
});
