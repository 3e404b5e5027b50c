import { describe, expect, it } from 'vitest';
import type * as Y from 'yjs';
import { buildConcept, conceptErrorOf as errorOf, replicaOf, syncDocs } from '../../test/factories.ts';
import { readMeasures } from '../json/readers.ts';
import { addCostLine, removeCostLine, updateCostLine } from './costLineVerbs.ts';
import { updateMeasure } from './measureVerbs.ts';

function linesOf(doc: Y.Doc, measureId: string) {
  return readMeasures(doc).find((m) => m.id === measureId)?.costLines;
}

describe('cost line verbs', () => {
  it('add lines in order, change and remove them', () => {
    const { doc, measures } = buildConcept();
    const first = addCostLine(doc, measures.fortbildung, {
      year: 2026,
      amount: 4800,
      source: 'landesmittel',
    });
    const second = addCostLine(doc, measures.fortbildung);
    updateCostLine(doc, measures.fortbildung, second, { amount: 1200.5, source: 'eigenanteil' });
    expect(linesOf(doc, measures.fortbildung)).toEqual([
      { id: first, year: 2026, amount: 4800, source: 'landesmittel' },
      { id: second, year: null, amount: 1200.5, source: 'eigenanteil' },
    ]);
    removeCostLine(doc, measures.fortbildung, first);
    expect(linesOf(doc, measures.fortbildung)?.map((l) => l.id)).toEqual([second]);
  });

  it('refuse a negative amount, more than two decimals, a year out of range and an unknown source, writing nothing', () => {
    const { doc, measures } = buildConcept();
    const line = addCostLine(doc, measures.turnier, { amount: 100 });
    const bad = [
      [{ amount: -1 }, 'amount'],
      [{ amount: 1.005 }, 'amount'],
      [{ amount: Number.NaN }, 'amount'],
      [{ year: 1999 }, 'year'],
      [{ year: 2026.5 }, 'year'],
      [{ source: 'bund' as never }, 'source'],
    ] as const;
    for (const [patch, field] of bad) {
      const error = errorOf(() => updateCostLine(doc, measures.turnier, line, patch));
      expect(error.path, JSON.stringify(patch)).toBe(
        `measures.${measures.turnier}.costLines.${line}.${field}`,
      );
    }
    expect(errorOf(() => addCostLine(doc, measures.turnier, { amount: -5 })).code).toBe('invalid-input');
    expect(errorOf(() => updateCostLine(doc, measures.turnier, 'fehlt', { amount: 1 })).code).toBe(
      'not-found',
    );
    expect(errorOf(() => removeCostLine(doc, measures.turnier, 'fehlt')).code).toBe('not-found');
    expect(linesOf(doc, measures.turnier)).toEqual([{ id: line, year: null, amount: 100, source: null }]);
  });

  it('merge two people adding and editing different lines at once', () => {
    const { doc, measures } = buildConcept();
    const shared = addCostLine(doc, measures.fortbildung, { year: 2026, amount: 1000 });
    const one = replicaOf(doc);
    const two = replicaOf(doc);
    const added1 = addCostLine(one, measures.fortbildung, { year: 2027, amount: 300, source: 'drittmittel' });
    const added2 = addCostLine(two, measures.fortbildung, { year: 2027, amount: 700, source: 'eigenanteil' });
    updateCostLine(one, measures.fortbildung, shared, { source: 'landesmittel' });
    updateCostLine(two, measures.fortbildung, shared, { amount: 1500 });
    syncDocs(one, two);
    const merged = linesOf(one, measures.fortbildung);
    expect(merged).toEqual(linesOf(two, measures.fortbildung));
    expect(merged?.find((l) => l.id === shared)).toEqual({
      id: shared,
      year: 2026,
      amount: 1500,
      source: 'landesmittel',
    });
    expect(merged?.map((l) => l.id).sort()).toEqual([shared, added1, added2].sort());
  });

  it('updateMeasure replaces all lines, keeping those it names in place', () => {
    const { doc, measures } = buildConcept();
    const keep = addCostLine(doc, measures.turnier, { amount: 10 });
    addCostLine(doc, measures.turnier, { amount: 20 });
    const copy = replicaOf(doc);
    updateCostLine(copy, measures.turnier, keep, { year: 2030 });
    const lines = [
      { id: 'neu', year: 2026, amount: 5, source: 'sonstige' as const },
      { id: keep, year: null, amount: 10, source: null },
    ];
    updateMeasure(doc, measures.turnier, { costLines: lines });
    expect(linesOf(doc, measures.turnier)).toEqual(lines);
    syncDocs(doc, copy);
    expect(linesOf(doc, measures.turnier)?.find((l) => l.id === keep)?.year).toBe(2030);
  });
});
