import type { ConceptJSON, MeasureJSON } from '@werkbank/concept';
import { sampleConcept } from '@werkbank/concept';
import { describe, expect, it } from 'vitest';
import { docxXml, outermost, xmlText } from '../test/docxXml.ts';
import { emptyConcept, goal } from '../test/factories.ts';
import { conceptToDocx } from './conceptToDocx.ts';

const now = new Date(2025, 3, 1);

/** A measure with nothing filled in but its code, title and one goal. */
function bareMeasure(id: string, code: string, goalIds: string[]): MeasureJSON {
  const [base] = sampleConcept().measures;
  if (!base) throw new Error('the sample has measures');
  return {
    ...base,
    id,
    code,
    title: `Maßnahme ${code}`,
    primaryFieldId: null,
    secondaryFieldIds: [],
    goalIds,
    phenomenonIds: [],
    targetGroups: [],
    description: { type: 'doc', content: [{ type: 'paragraph' }] },
    lead: '',
    partners: [],
    periodStart: '',
    periodEnd: '',
    recurrence: '',
    costLines: [],
    funding: '',
    indicators: [],
    priority: null,
    isKeyMeasure: false,
    status: 'proposed',
    originWorkshopId: null,
    originProposalId: null,
  };
}

function conceptWith(measures: MeasureJSON[]): ConceptJSON {
  return {
    ...emptyConcept(),
    fieldsOfAction: [{ id: 'f1', title: 'Sport', description: '' }],
    goals: [
      goal('l1', null, 'Teilhabe stärken'),
      goal('m1', 'l1', 'Vereine öffnen'),
      goal('h1', 'm1', 'Schulungen'),
    ],
    measures,
  };
}

function sheetRows(xml: ReturnType<typeof docxXml>): string[][] {
  const sheet = xml.tables.find((t) => xmlText(outermost(t, 'w:tr')[0] ?? '').startsWith('Merkmal'));
  return outermost(sheet ?? '', 'w:tr').map((row) => outermost(row, 'w:tc').map(xmlText));
}

describe('empty fields are left out of the council document', () => {
  it('prints a bare measure sheet with what it has, no "einmalig", no origin, no empty rows', async () => {
    const xml = docxXml(await conceptToDocx(conceptWith([bareMeasure('x', 'M-01', ['h1'])]), { now }));
    expect(sheetRows(xml)).toEqual([
      ['Merkmal', 'Angabe'],
      ['Nummer', 'M-01'],
      ['Titel', 'Maßnahme M-01'],
      ['Handlungsziel', '1.1.1 Schulungen'],
      ['Status', 'vorgeschlagen'],
    ]);
    const text = xml.paragraphs.map((p) => p.text).join('\n');
    expect(text).not.toMatch(/einmalig|nicht aus einem Beteiligungsformat|nicht beziffert|: keine\b|SMART/);
  });

  it('shows a recurrence as it is written, and an origin only where there is one', async () => {
    const measure = { ...bareMeasure('x', 'M-01', ['h1']), recurrence: 'jährlich' };
    const rows = sheetRows(docxXml(await conceptToDocx(conceptWith([measure]), { now })));
    expect(rows).toContainEqual(['Turnus', 'jährlich']);
    expect(rows.map(([label]) => label)).not.toContain('Herkunft');
  });

  it('leaves "Ziele in diesem Handlungsfeld" and "Maßnahmen" out of a field of action that has none', async () => {
    const xml = docxXml(await conceptToDocx(conceptWith([]), { now }));
    const texts = xml.paragraphs.map((p) => p.text);
    expect(texts).toContain('Sport');
    expect(texts).not.toContain('Ziele in diesem Handlungsfeld');
    expect(texts).not.toContain('keine');
  });

  it('counts with German plurals, leaving zeros out', async () => {
    const concept = conceptWith([bareMeasure('x', 'M-01', ['h1'])]);
    const texts = docxXml(await conceptToDocx(concept, { now })).paragraphs.map((p) => p.text);
    expect(texts).toContain('Übersicht: 1 Leitziel, 1 Mittlerziel und 1 Handlungsziel.');
    expect(texts).toContain('Umfang: 1 Maßnahme.');
    concept.goals.push(goal('l2', null, 'Vielfalt zeigen'));
    concept.measures.push({ ...bareMeasure('y', 'M-02', ['l2']), isKeyMeasure: true });
    const more = docxXml(await conceptToDocx(concept, { now })).paragraphs.map((p) => p.text);
    expect(more).toContain('Übersicht: 2 Leitziele, 1 Mittlerziel und 1 Handlungsziel.');
    expect(more).toContain(
      'Umfang: 2 Maßnahmen, davon 1 Schlüsselmaßnahme (in der Tabelle mit „Schlüsselmaßnahme“ gekennzeichnet).',
    );
  });

  it('keeps the SMART check out unless the "Bearbeitungsstand" annex is asked for', async () => {
    const concept = conceptWith([bareMeasure('x', 'M-01', ['h1'])]);
    const h1 = concept.goals[2];
    if (h1) h1.smart = { ...h1.smart, specific: true, measurable: true };
    const plain = docxXml(await conceptToDocx(concept, { now })).document;
    expect(plain).not.toContain('SMART');
    expect(plain).not.toContain('Bearbeitungsstand');
    const annex = docxXml(await conceptToDocx(concept, { now, parts: { workingState: true } }));
    const heading = annex.paragraphs.find((p) => p.text === 'Anhang: Bearbeitungsstand');
    expect(heading?.style).toBe('Heading1');
    const table = annex.tables.at(-1) ?? '';
    expect(outermost(table, 'w:tr').map((row) => outermost(row, 'w:tc').map(xmlText))).toEqual([
      ['Ziel', 'erfüllt', 'offen'],
      ['Handlungsziel 1.1.1: Schulungen', 'spezifisch, messbar', 'erreichbar, relevant, terminiert'],
    ]);
  });
});
