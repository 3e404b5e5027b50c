import { describe, expect, it } from 'vitest';
import { buildConcept, conceptErrorOf, replicaOf, syncDocs } from '../../test/factories.ts';
import { toJSON } from '../json/toJSON.ts';
import {
  addGoalIndicator,
  addMeasureIndicator,
  removeGoalIndicator,
  removeMeasureIndicator,
  updateGoalIndicator,
  updateMeasureIndicator,
} from './indicatorVerbs.ts';

const teilnehmende = {
  name: 'Teilnehmende',
  unit: 'Personen',
  baseline: '0',
  target: '60',
  source: 'Listen',
};

describe('measure indicators', () => {
  it('adds, updates and removes indicators in order', () => {
    const { doc, measures } = buildConcept();
    const a = addMeasureIndicator(doc, measures.turnier, teilnehmende);
    const b = addMeasureIndicator(doc, measures.turnier, { name: 'Vereine' });
    updateMeasureIndicator(doc, measures.turnier, b, { target: '12' });
    const read = () => toJSON(doc).measures.find((m) => m.id === measures.turnier)?.indicators;
    expect(read()).toEqual([
      { id: a, ...teilnehmende },
      { id: b, name: 'Vereine', unit: '', baseline: '', target: '12', source: '' },
    ]);
    removeMeasureIndicator(doc, measures.turnier, a);
    expect(read()?.map((i) => i.id)).toEqual([b]);
  });

  it('refuses unknown measures and indicators and invalid values', () => {
    const { doc, measures } = buildConcept();
    expect(conceptErrorOf(() => addMeasureIndicator(doc, 'x')).code).toBe('not-found');
    expect(conceptErrorOf(() => updateMeasureIndicator(doc, measures.turnier, 'x', {}))).toMatchObject({
      code: 'not-found',
      path: `measures.${measures.turnier}.indicators`,
    });
    expect(conceptErrorOf(() => removeMeasureIndicator(doc, measures.turnier, 'x')).code).toBe('not-found');
    expect(
      conceptErrorOf(() => addMeasureIndicator(doc, measures.turnier, { name: 3 } as never)),
    ).toMatchObject({
      code: 'invalid-input',
      path: `measures.${measures.turnier}.indicators.name`,
    });
  });

  it('keeps indicators added concurrently on two replicas', () => {
    const { doc, measures } = buildConcept();
    const other = replicaOf(doc);
    addMeasureIndicator(doc, measures.turnier, { name: 'A' });
    addMeasureIndicator(other, measures.turnier, { name: 'B' });
    syncDocs(doc, other);
    const names = toJSON(doc).measures[1]?.indicators.map((i) => i.name);
    expect([...(names ?? [])].sort()).toEqual(['A', 'B']);
    expect(toJSON(other)).toEqual(toJSON(doc));
  });
});

describe('goal indicators', () => {
  it('adds, updates and removes indicators of a goal', () => {
    const { doc, goals } = buildConcept();
    const a = addGoalIndicator(doc, goals.handlungsziel1, { name: 'Bekanntheit', unit: '%' });
    updateGoalIndicator(doc, goals.handlungsziel1, a, { baseline: '20', target: '50' });
    const read = () => toJSON(doc).goals.find((g) => g.id === goals.handlungsziel1)?.indicators;
    expect(read()).toEqual([
      { id: a, name: 'Bekanntheit', unit: '%', baseline: '20', target: '50', source: '' },
    ]);
    removeGoalIndicator(doc, goals.handlungsziel1, a);
    expect(read()).toEqual([]);
    expect(conceptErrorOf(() => addGoalIndicator(doc, 'x')).code).toBe('not-found');
  });
});
