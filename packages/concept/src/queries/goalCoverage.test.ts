import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { readFieldsOfAction, readGoals, readMeasures } from '../json/readers.ts';
import { addFieldOfAction } from '../verbs/fieldOfActionVerbs.ts';
import { addGoal, deleteGoal } from '../verbs/goalVerbs.ts';
import { addMeasure, deleteMeasure } from '../verbs/measureVerbs.ts';
import { goalCoverage } from './goalCoverage.ts';
import { goalMeasureMatrix } from './goalMeasureMatrix.ts';
import { flattenGoalTree, goalTree } from './goalTree.ts';

// Leitziel l → Mittlerziele m1, m2 → Handlungsziele h11, h12 (under m1), h21 (under m2) → Teilziel t (under h21).
const goals = [
  { id: 'l', parentId: null },
  { id: 'm1', parentId: 'l' },
  { id: 'h11', parentId: 'm1' },
  { id: 'h12', parentId: 'm1' },
  { id: 'm2', parentId: 'l' },
  { id: 'h21', parentId: 'm2' },
  { id: 't', parentId: 'h21' },
  { id: 'l2', parentId: null },
  { id: 'm3', parentId: 'l2' },
];
const tree = flattenGoalTree(goalTree(goals));

function coverageOf(links: Record<string, string[]>) {
  const measures = Object.entries(links).map(([id, goalIds]) => ({ id, goalIds }));
  const coverage = goalCoverage(tree, measures);
  const byId = new Map(measures.map((m) => [m.id, m]));
  const column = (measureId: string) =>
    Object.fromEntries(tree.map((n) => [n.goal.id, coverage.state(n.goal.id, byId.get(measureId)!)]));
  return { coverage, column };
}

describe('goalCoverage: matrix coverage through the tree', () => {
  it('a link at the first level covers the goal and every goal under it, marking only the goal itself', () => {
    const { coverage, column } = coverageOf({ a: ['l'] });
    expect(column('a')).toEqual({
      l: 'direct',
      m1: 'none',
      h11: 'none',
      h12: 'none',
      m2: 'none',
      h21: 'none',
      t: 'none',
      l2: 'none',
      m3: 'none',
    });
    expect(['l', 'm1', 'h11', 'h12', 'm2', 'h21', 't'].every(coverage.covered)).toBe(true);
    expect(coverage.gaps.map((n) => n.goal.id)).toEqual(['l2']);
  });

  it('a link at the second level covers the Leitziel above it (through a subgoal) and the goals under it', () => {
    const { coverage, column } = coverageOf({ a: ['m1'] });
    expect(column('a')).toMatchObject({ l: 'below', m1: 'direct', h11: 'none', m2: 'none' });
    expect(coverage.covered('h11') && coverage.covered('h12') && coverage.covered('l')).toBe(true);
    expect(coverage.covered('m2')).toBe(false);
    expect(coverage.gaps.map((n) => n.goal.id)).toEqual(['m2', 'l2']);
    expect(coverage.linkedDepths).toEqual([1]);
  });

  it('a link at the third level and below counts for every goal above it', () => {
    const { coverage, column } = coverageOf({ a: ['h11'], b: ['t'] });
    expect(column('a')).toMatchObject({ l: 'below', m1: 'below', h11: 'direct', h12: 'none', m2: 'none' });
    expect(column('b')).toMatchObject({ l: 'below', m1: 'none', m2: 'below', h21: 'below', t: 'direct' });
    expect(coverage.covered('h12')).toBe(false);
    expect(coverage.gaps.map((n) => n.goal.id)).toEqual(['h12', 'l2']);
    expect(coverage.linkedDepths).toEqual([2, 3]);
    expect(coverage.servesBelow('m2', { id: 'b', goalIds: ['t'] })).toBe(true);
  });

  it('a measure linked to a goal and to its subgoal is direct at both and counted once', () => {
    const { coverage, column } = coverageOf({ a: ['m1', 'h11', 'h11'] });
    expect(column('a')).toMatchObject({ l: 'below', m1: 'direct', h11: 'direct' });
    expect(coverage.direct.get('h11')?.map((m) => m.id)).toEqual(['a']);
  });

  it('names the measures without a goal, links to goals outside the tree not counting', () => {
    const { coverage, column } = coverageOf({ a: [], b: ['gone'], c: ['gone', 'm3'] });
    expect(coverage.withoutGoal.map((m) => m.id)).toEqual(['a', 'b']);
    expect(Object.values(column('b')).every((s) => s === 'none')).toBe(true);
    expect(coverage.direct.has('gone')).toBe(false);
    expect(coverage.gaps.map((n) => n.goal.id)).toEqual(['l']);
  });

  it('without measures every root is a gap, and without goals every measure lacks one', () => {
    expect(goalCoverage(tree, []).gaps.map((n) => n.goal.id)).toEqual(['l', 'l2']);
    expect(goalCoverage([], [{ id: 'a', goalIds: ['l'] }]).withoutGoal.map((m) => m.id)).toEqual(['a']);
  });
});

describe('goalMeasureMatrix', () => {
  it('has every goal in reading order and the measures grouped by primary field, those without last', () => {
    const measures = [
      { id: 'a', goalIds: ['h11'], primaryFieldId: 'f2', secondaryFieldIds: [] },
      { id: 'b', goalIds: [], primaryFieldId: null, secondaryFieldIds: ['f1'] },
      { id: 'c', goalIds: ['m2'], primaryFieldId: 'f1', secondaryFieldIds: [] },
      { id: 'd', goalIds: [], primaryFieldId: 'elsewhere', secondaryFieldIds: [] },
      { id: 'e', goalIds: [], primaryFieldId: 'f2', secondaryFieldIds: [] },
    ];
    const matrix = goalMeasureMatrix(goals, measures, [{ id: 'f1' }, { id: 'f2' }, { id: 'f3' }]);
    expect(matrix.rows.map((r) => r.goal.id)).toEqual(goals.map((g) => g.id));
    expect(matrix.groups.map((g) => [g.fieldId, g.measures.map((m) => m.id)])).toEqual([
      ['f1', ['c']],
      ['f2', ['a', 'e']],
      ['f3', []],
      [null, ['b', 'd']],
    ]);
    expect(matrix.coverage.state('l', measures[2]!)).toBe('below');
    expect(matrix.coverage.withoutGoal.map((m) => m.id)).toEqual(['b', 'd', 'e']);
  });

  it('leaves out goals and measures in the Papierkorb, and links to them', () => {
    const doc = new Y.Doc();
    const field = addFieldOfAction(doc, { title: 'Sport' });
    const leit = addGoal(doc, { title: 'Vielfalt' });
    const mittler = addGoal(doc, { title: 'Vereine offen', parentId: leit });
    const hz = addGoal(doc, { title: 'Trainer*innen geschult', parentId: mittler });
    const other = addGoal(doc, { title: 'Beratung bekannt', parentId: mittler });
    const m1 = addMeasure(doc, { title: 'Fortbildung', primaryFieldId: field, goalIds: [hz] });
    const m2 = addMeasure(doc, { title: 'Flyer', primaryFieldId: field, goalIds: [other] });
    deleteGoal(doc, hz, 'delete');
    deleteMeasure(doc, m2);
    const matrix = goalMeasureMatrix(readGoals(doc), readMeasures(doc), readFieldsOfAction(doc));
    expect(matrix.rows.map((r) => r.goal.id)).toEqual([leit, mittler, other]);
    expect(matrix.groups[0]?.measures.map((m) => m.id)).toEqual([m1]);
    expect(matrix.coverage.withoutGoal.map((m) => m.id)).toEqual([m1]);
    expect(matrix.coverage.gaps.map((n) => n.goal.id)).toEqual([leit]);
  });
});
