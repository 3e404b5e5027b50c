import { sampleConcept } from '@werkbank/concept';
import { beforeAll, describe, expect, it } from 'vitest';
import { type DocxXml, docxXml, xmlText } from '../test/docxXml.ts';
import { conceptToDocx } from './conceptToDocx.ts';

const LABELS = [
  'Merkmal',
  'Nummer',
  'Titel',
  'Handlungsfeld',
  'Weitere Handlungsfelder',
  'Ziele (Handlungsziele)',
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
  'Status',
  'Herkunft',
];

function rows(table: string): string[] {
  return table.match(/<w:tr>.*?<\/w:tr>/g) ?? [];
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
      expect(r.map(firstCell)).toEqual(LABELS);
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
    expect(xmlText(r[0] ?? '')).toBe('Nr.MaßnahmeHandlungsfeldFederführungZeitraumPrioritätStatus');
    expect(r[0]).toContain('<w:tblHeader/>');
    expect(r).toHaveLength(concept.measures.length + 1);
    expect(r.slice(1).map(firstCell)).toEqual(concept.measures.map((m) => m.code));
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
