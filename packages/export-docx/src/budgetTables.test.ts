import type { ConceptJSON, MeasureJSON } from '@werkbank/concept';
import { sampleConcept } from '@werkbank/concept';
import mammoth from 'mammoth';
import { describe, expect, it } from 'vitest';
import { docxXml, outermost, xmlText } from '../test/docxXml.ts';
import { conceptToDocx } from './conceptToDocx.ts';

const now = new Date(2026, 11, 1);

/** The sample's first three measures with known cost lines, the third without any. */
function budgetConcept(): ConceptJSON {
  const base = sampleConcept({ measures: 3 });
  const [first, second, third] = base.measures as [MeasureJSON, MeasureJSON, MeasureJSON];
  const fields = base.fieldsOfAction;
  return {
    ...base,
    measures: [
      {
        ...first,
        primaryFieldId: fields[0]?.id ?? null,
        costLines: [
          { id: 'a', year: 2026, amount: 4800, source: 'landesmittel' },
          { id: 'b', year: 2027, amount: 1200.5, source: 'eigenanteil' },
        ],
      },
      {
        ...second,
        primaryFieldId: fields[1]?.id ?? null,
        costLines: [
          { id: 'c', year: 2026, amount: 3000, source: 'drittmittel' },
          { id: 'd', year: null, amount: 2500, source: null },
        ],
      },
      { ...third, costLines: [] },
    ],
  };
}

function rowsOf(table: string): string[][] {
  return outermost(table, 'w:tr').map((row) => outermost(row, 'w:tc').map(xmlText));
}

function tableStartingWith(xml: ReturnType<typeof docxXml>, header: string): string[][] {
  const table = xml.tables.find((t) => xmlText(outermost(t, 'w:tr')[0] ?? '').startsWith(header));
  return rowsOf(table ?? '');
}

describe('the budget in the Word export', () => {
  it('gives the overview a costs column with each measure’s sum and a total row', async () => {
    const concept = budgetConcept();
    const xml = docxXml(await conceptToDocx(concept, { now, parts: { measureSheets: false } }));
    const overview = tableStartingWith(xml, 'Nr.');
    expect(overview[0]?.at(-1)).toBe('Kosten €');
    const codes = concept.measures.map((m) => m.code);
    expect(overview.slice(1, 4).map((row) => [row[0], row.at(-1)])).toEqual([
      [codes[0], '6.000,50'],
      [codes[1], '5.500'],
      [codes[2], '–'],
    ]);
    expect(overview.at(-1)).toEqual(['', 'Summe', '', '', '', '', '11.500,50']);
    expect(overview[0]?.[5]).toBe('Status');
    expect(overview[1]?.[5]).toMatch(/, Priorität /);
  });

  it('adds a table per year and funding source, and one per field of action', async () => {
    const concept = budgetConcept();
    const xml = docxXml(await conceptToDocx(concept, { now, parts: { measureSheets: false } }));
    expect(tableStartingWith(xml, 'Jahr')).toEqual([
      ['Jahr', 'Landesmittel', 'Eigenanteil', 'Drittmittel', 'nicht zugeordnet', 'Summe'],
      ['2026', '4.800', '0', '3.000', '0', '7.800'],
      ['2027', '0', '1.200,50', '0', '0', '1.200,50'],
      ['ohne Jahr', '0', '0', '0', '2.500', '2.500'],
      ['Summe', '4.800', '1.200,50', '3.000', '2.500', '11.500,50'],
    ]);
    const byField = tableStartingWith(xml, 'Handlungsfeld');
    expect(byField[0]).toEqual(['Handlungsfeld', 'Summe']);
    expect(byField[1]).toEqual([concept.fieldsOfAction[0]?.title, '6.000,50']);
    expect(byField[2]).toEqual([concept.fieldsOfAction[1]?.title, '5.500']);
    expect(byField.at(-1)).toEqual(['Summe', '11.500,50']);
    expect(xml.paragraphs.map((p) => p.text)).toContain(
      'Kosten: 11.500,50 € für 2 Maßnahmen mit Kostenangaben.',
    );
  });

  it('prints the cost lines on the measure sheet, and mammoth reads the budget table back', async () => {
    const bytes = await conceptToDocx(budgetConcept(), { now });
    const sheet = tableStartingWith(docxXml(bytes), 'Merkmal');
    expect(sheet.find((row) => row[0] === 'Kosten')?.[1]).toBe(
      '2026: 4.800 € Landesmittel2027: 1.200,50 € EigenanteilSumme: 6.000,50 €',
    );
    const html = (await mammoth.convertToHtml({ buffer: Buffer.from(bytes) })).value;
    expect(html).toContain(
      '<tr><td><p>ohne Jahr</p></td><td><p>0</p></td><td><p>0</p></td><td><p>0</p></td><td><p>2.500</p></td><td><p>2.500</p></td></tr>',
    );
  });

  it('leaves costs out of a concept without cost lines', async () => {
    const concept = budgetConcept();
    const none = { ...concept, measures: concept.measures.map((m) => ({ ...m, costLines: [] })) };
    const xml = docxXml(await conceptToDocx(none, { now, parts: { measureSheets: false } }));
    expect(tableStartingWith(xml, 'Nr.')[0]).not.toContain('Kosten €');
    expect(tableStartingWith(xml, 'Jahr')).toEqual([]);
  });
});
