import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { syncDocs } from '../../test/factories.ts';
import { OLD_COSTS, oldShapedConcept } from '../../test/oldShapedConcept.ts';
import { fromJSON } from '../json/fromJSON.ts';
import { readMeasures } from '../json/readers.ts';
import { toJSON } from '../json/toJSON.ts';
import { collection } from '../model/entityStore.ts';
import { MEASURES } from '../model/keys.ts';
import { addCostLine, updateCostLine } from '../verbs/costLineVerbs.ts';
import { costLines } from './costLines.ts';
import { migrateDoc } from './migrateDoc.ts';

function storedLines(doc: Y.Doc, measureId: string): unknown {
  return collection(doc, MEASURES).get(measureId)?.get('costLines');
}

const OLD_LINE = { id: 'costs', year: null, amount: OLD_COSTS, source: null };

describe('migration 5: cost lines', () => {
  it('turns an old single costs figure into one line without year and source, and reads the same before and after', () => {
    const { doc, measures } = oldShapedConcept();
    expect(storedLines(doc, measures.fortbildung)).toBeUndefined();
    const before = toJSON(doc);
    expect(before.measures.find((m) => m.id === measures.fortbildung)?.costLines).toEqual([OLD_LINE]);
    expect(before.measures.find((m) => m.id === measures.turnier)?.costLines).toEqual([]);

    migrateDoc(doc);

    expect(storedLines(doc, measures.fortbildung)).toBeInstanceOf(Y.Map);
    expect(storedLines(doc, measures.turnier)).toBeInstanceOf(Y.Map);
    expect((storedLines(doc, measures.fortbildung) as Y.Map<unknown>).size).toBe(1);
    expect((storedLines(doc, measures.turnier) as Y.Map<unknown>).size).toBe(0);
    expect(toJSON(doc).measures).toEqual(before.measures);
  });

  it('leaves an old concept restorable from its backup, before and after', () => {
    const { doc } = oldShapedConcept();
    const old = toJSON(doc);
    expect(toJSON(fromJSON(old))).toEqual(old);
    migrateDoc(doc);
    const migrated = toJSON(doc);
    expect(toJSON(fromJSON(JSON.parse(JSON.stringify(migrated))))).toEqual(migrated);
  });

  it('changes nothing when run again on its own', () => {
    const { doc } = oldShapedConcept();
    doc.transact(() => costLines.migrate(doc));
    let updates = 0;
    doc.on('update', () => updates++);
    doc.transact(() => costLines.migrate(doc));
    expect(updates).toBe(0);
  });

  it('keeps lines a measure already has', () => {
    const { doc, measures } = oldShapedConcept();
    const line = addCostLine(doc, measures.turnier, { year: 2026, amount: 900, source: 'drittmittel' });
    migrateDoc(doc);
    expect(readMeasures(doc).find((m) => m.id === measures.turnier)?.costLines).toEqual([
      { id: line, year: 2026, amount: 900, source: 'drittmittel' },
    ]);
  });

  it('lets a person edit the old figure as a line before the migration, and the merge keeps their edit', () => {
    for (const order of ['server-first', 'person-first'] as const) {
      const { doc: server, measures } = oldShapedConcept();
      const person = new Y.Doc();
      person.clientID = 2 ** 31;
      Y.applyUpdate(person, Y.encodeStateAsUpdate(server));
      updateCostLine(person, measures.fortbildung, 'costs', { year: 2026, source: 'landesmittel' });
      migrateDoc(server);
      if (order === 'server-first') syncDocs(server, person);
      else syncDocs(person, server);
      const expected = [{ id: 'costs', year: 2026, amount: OLD_COSTS, source: 'landesmittel' }];
      expect(readMeasures(server).find((m) => m.id === measures.fortbildung)?.costLines).toEqual(expected);
      expect(readMeasures(person).find((m) => m.id === measures.fortbildung)?.costLines).toEqual(expected);
    }
  });

  it('imports Concept JSON written before cost lines: a costs figure becomes one line', () => {
    const { doc, measures } = oldShapedConcept();
    const json = toJSON(doc) as unknown as { measures: Record<string, unknown>[] };
    const legacy = {
      ...json,
      measures: json.measures.map(({ costLines: _, ...m }) => ({
        ...m,
        costs: m.id === measures.fortbildung ? OLD_COSTS : null,
      })),
    };
    const imported = toJSON(fromJSON(legacy));
    expect(imported.measures.find((m) => m.id === measures.fortbildung)?.costLines).toEqual([OLD_LINE]);
    expect(imported.measures.find((m) => m.id === measures.turnier)?.costLines).toEqual([]);
  });
});
