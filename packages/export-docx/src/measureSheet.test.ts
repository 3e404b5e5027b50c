import { rt, sampleConcept } from '@werkbank/concept';
import { beforeAll, describe, expect, it } from 'vitest';
import { type DocxXml, docxXml, outermost, xmlText } from '../test/docxXml.ts';
import { everyKindOfBlock, filler } from '../test/factories.ts';
import { conceptToDocx } from './conceptToDocx.ts';

const LABELS = [
  'Merkmal',
  'Nummer',
  'Titel',
  'Handlungsfeld',
  'Weitere Handlungsfelder',
  'Ziele',
  'Themenfelder',
  'Zielgruppen',
  'Beschreibung',
  'Federführung',
  'Kooperationspartner*innen',
  'Zeitraum',
  'Turnus',
  'Kosten',
  'Finanzierung',
  'Indikatoren',
  'Priorität',
  'Schlüsselmaßnahme',
  'Herkunft',
  'Status',
];

/** Whether `labels` keep the order of LABELS, with what every sheet has (Nummer, Titel, Status). */
function inSheetOrder(labels: readonly string[]): boolean {
  let at = 0;
  for (const label of labels) {
    // The goals row is named by the level of the goals it lists (Handlungsziel, Mittlerziele), or "Ziele".
    const index = LABELS.indexOf(/ziele?$/i.test(label) ? 'Ziele' : label, at);
    if (index < 0) return false;
    at = index + 1;
  }
  return ['Merkmal', 'Nummer', 'Titel'].every((l, i) => labels[i] === l) && labels.at(-1) === 'Status';
}

function rows(table: string): string[] {
  return table.match(/<w:tr>.*?<\/w:tr>/g) ?? [];
}

function paragraphs(xml: string): string[] {
  return xml.match(/<w:p\/>|<w:p>.*?<\/w:p>/g) ?? [];
}

function firstCell(row: string): string {
  return xmlText(row.match(/<w:tc>.*?<\/w:tc>/)?.[0] ?? '');
}

describe('measure sheets and overview', () => {
  const concept = sampleConcept();
  let xml: DocxXml;
  let sheets: string[];
  beforeAll(async () => {
    xml = docxXml(await conceptToDocx(concept, { parts: { matrix: false, participation: false } }));
    sheets = xml.tables.filter((t) => firstCell(rows(t)[0] ?? '') === 'Merkmal');
  });

  it('writes one sheet per measure, in concept order, each starting a new page under its own heading', () => {
    expect(sheets).toHaveLength(concept.measures.length);
    const headings = xml.paragraphs.filter((p) => p.style === 'Heading2' && /^M-\d+ /.test(p.text));
    expect(headings.map((p) => p.text)).toEqual(concept.measures.map((m) => `${m.code} ${m.title}`));
    expect(headings.slice(1).every((p) => p.xml.includes('<w:pageBreakBefore/>'))).toBe(true);
  });

  it('lists every field of the measure as a row, rows never split and kept together, header row marked', () => {
    for (const sheet of sheets) {
      const r = rows(sheet);
      expect(inSheetOrder(r.map(firstCell))).toBe(true);
      expect(r.every((row) => row.includes('<w:cantSplit/>'))).toBe(true);
      expect(r[0]).toContain('<w:tblHeader/>');
      expect(r.slice(1).some((row) => row.includes('<w:tblHeader/>'))).toBe(false);
      expect(r.slice(0, -1).every((row) => row.includes('<w:keepNext/>'))).toBe(true);
    }
  });

  it('fills the values with German labels and formats', () => {
    const first = concept.measures[0];
    const text = xmlText(sheets[0] ?? '');
    expect(text).toContain(first?.code);
    expect(text).toContain('beschlossen');
    expect(text).toContain('hoch');
    expect(text).toMatch(/\d{1,3}(\.\d{3})* €/);
    expect(text).toContain('ab 01/2025, jährlich'.split(',')[0]);
    expect(text).toContain('Demokratiekonferenz „Politische Bildung“ vom 10.09.2024');
  });

  it('has an overview table with a repeating header row and one row per measure', () => {
    const overview = xml.tables.find((t) => firstCell(rows(t)[0] ?? '') === 'Nr.');
    const r = rows(overview ?? '');
    // The sample's measures have costs: priority shares the status cell, a costs column and a sum row follow.
    expect(xmlText(r[0] ?? '')).toBe('Nr.MaßnahmeHandlungsfeldFederführungZeitraumStatusKosten €');
    expect(r[0]).toContain('<w:tblHeader/>');
    expect(r).toHaveLength(concept.measures.length + 2);
    expect(xmlText(r.at(-1) ?? '')).toMatch(/^Summe[\d.,]+$/);
    expect(r.slice(1, -1).map(firstCell)).toEqual(concept.measures.map((m) => m.code));
    expect(r.slice(1).some((row) => row.includes('<w:keepNext/>'))).toBe(false);
    const statuses = [
      'in Umsetzung',
      'priorisiert',
      'vorgeschlagen',
      'abgeschlossen',
      'Idee',
      'zurückgestellt',
      'eingestellt',
    ];
    for (const status of statuses) expect(xmlText(overview ?? '')).toContain(status);
  });
});

describe('measure sheets kept on one page', () => {
  const concept = sampleConcept();
  let sheets: string[];
  beforeAll(async () => {
    const [rich, long] = concept.measures;
    if (!rich || !long) throw new Error('the sample has measures');
    rich.description = rt.doc(...everyKindOfBlock());
    long.description = rt.doc(...filler(16));
    const xml = docxXml(await conceptToDocx(concept, { parts: { matrix: false, participation: false } }));
    sheets = xml.tables.filter((t) => firstCell(outermost(t, 'w:tr')[0] ?? '') === 'Merkmal');
  });

  it('keeps every paragraph of every row but the last with the next, in rich cells, lists and tables too', () => {
    expect(sheets).toHaveLength(concept.measures.length);
    for (const sheet of [sheets[0], ...sheets.slice(2)]) {
      const rows = outermost(sheet ?? '', 'w:tr');
      expect(inSheetOrder(rows.map(firstCell))).toBe(true);
      const kept = rows.slice(0, -1).flatMap(paragraphs);
      expect(kept.filter((p) => !p.includes('<w:keepNext/>'))).toEqual([]);
      expect(paragraphs(rows.at(-1) ?? '').some((p) => p.includes('<w:keepNext/>'))).toBe(false);
    }
    const description = outermost(sheets[0] ?? '', 'w:tr').find((r) => firstCell(r) === 'Beschreibung') ?? '';
    expect(paragraphs(description).length).toBeGreaterThan(10);
    expect(description).toContain('<w:numPr>');
    expect(description).toContain('<w:vMerge w:val="continue"/>');
  });

  it('ends every cell with a paragraph, also a description ending with a table, as Word requires', () => {
    expect(sheets[0]).toContain('</w:tbl><w:p>');
    for (const sheet of sheets) expect(sheet).not.toContain('</w:tbl></w:tc>');
  });

  it('does not keep a sheet longer than a page, and lets its description row break across pages', () => {
    const rows = outermost(sheets[1] ?? '', 'w:tr');
    expect(xmlText(rows[1] ?? '')).toBe(`Nummer${concept.measures[1]?.code}`);
    expect(rows.slice(1).some((row) => row.includes('<w:keepNext/>'))).toBe(false);
    expect(rows.map((row) => row.includes('<w:cantSplit/>'))).toEqual(
      rows.map((row) => firstCell(row) !== 'Beschreibung'),
    );
  });
});
