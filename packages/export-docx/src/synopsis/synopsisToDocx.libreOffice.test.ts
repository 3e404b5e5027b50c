import { type ConceptJSON, compareConcepts, rt, sampleConcept } from '@werkbank/concept';
import { afterAll, describe, expect, it } from 'vitest';
import { docxXml } from '../../test/docxXml.ts';
import {
  docxToPdfText,
  type PdfText,
  readBackToolsAvailable,
  removeConversion,
} from '../../test/libreOffice.ts';
import { synopsisFileName } from './synopsisFileName.ts';
import { synopsisToDocx } from './synopsisToDocx.ts';

const available = await readBackToolsAvailable();
const conversions: PdfText[] = [];

afterAll(async () => {
  await Promise.all(conversions.map(removeConversion));
});

/** The adopted state and a draft with one measure changed, one added, one gone and a chapter reworded. */
function states(): { before: ConceptJSON; after: ConceptJSON; changed: string; gone: string } {
  const before = sampleConcept({ fields: 3, goals: 4, measures: 4 });
  const [changedOld, goneOld] = before.measures;
  const chapterOld = before.chapters[0];
  if (!changedOld || !goneOld || !chapterOld) throw new Error('sample has measures and chapters');
  changedOld.lead = 'Jugendamt';
  chapterOld.body = rt.doc(rt.p('Der Kreis versteht sich als offener Ort.'));
  const after = structuredClone(before);
  const [changed, , third] = after.measures;
  if (!changed || !third || !after.chapters[0]) throw new Error('sample has measures');
  changed.lead = 'Amt für Integration';
  after.chapters[0].body = rt.doc(rt.p('Der Kreis versteht sich als vielfältiger und offener Ort.'));
  after.measures = after.measures.filter((m) => m.id !== goneOld.id);
  after.measures.push({
    ...structuredClone(third),
    id: 'm-neu',
    code: 'M-90',
    title: 'Demokratiecafé im Quartier',
  });
  return {
    before,
    after,
    changed: `${changed.code} ${changed.title}`,
    gone: `${goneOld.code} ${goneOld.title}`,
  };
}

/** The line of the page text where `left` stands and, further right on the same line, `right`. */
function sideBySide(pages: readonly string[], left: string, right: string): string | undefined {
  return pages
    .join('\n')
    .split('\n')
    .find((line) => line.includes(left) && line.indexOf(right, line.indexOf(left) + left.length) >= 0);
}

describe('synopsisToDocx', () => {
  it('marks deletions struck through and insertions underlined in the Word XML', async () => {
    const { before, after } = states();
    const bytes = await synopsisToDocx(compareConcepts(before, after), {
      title: 'Handlungskonzept',
      fromName: 'Beschluss 2025',
      toName: 'Aktueller Entwurf',
    });
    const xml = docxXml(bytes).document;
    expect(xml).toMatch(/<w:strike\/>.*?<w:t[^>]*>Jugendamt<\/w:t>/);
    expect(xml).toMatch(/<w:u w:val="single"\/>.*?<w:t[^>]*>Amt für Integration<\/w:t>/);
    expect(xml).toContain('w:orient="landscape"');
  });

  it('names its file after the concept', () => {
    expect(
      synopsisFileName({
        title: 'Handlungskonzept gegen Rassismus',
        territory: 'Kreis Musterland',
        fromName: 'a',
        toName: 'b',
        now: new Date(2026, 11, 6),
      }),
    ).toBe('Kreis-Musterland_Handlungskonzept-gegen-Rassismus_Synopse_2026-12-06.docx');
  });
});

describe.skipIf(!available)('synopsisToDocx read back through LibreOffice', () => {
  it('shows old and new side by side in two columns, per chapter and measure', async () => {
    const { before, after, changed, gone } = states();
    const bytes = await synopsisToDocx(compareConcepts(before, after), {
      title: 'Handlungskonzept',
      territory: 'Kreis Musterland',
      fromName: 'Beschluss 2025',
      toName: 'Aktueller Entwurf',
      now: new Date(2026, 11, 6),
    });
    const pdf = await docxToPdfText(bytes, 'synopsis');
    conversions.push(pdf);
    const { pages } = pdf;
    const all = pages.join('\n');
    expect(all).toContain('Synopse: Handlungskonzept');
    expect(all).toContain('1 Kapitel geändert');
    expect(all).toContain('1 Maßnahme neu, 1 entfallen, 1 geändert');
    expect(sideBySide(pages, 'Bisher: Beschluss 2025', 'Neu: Aktueller Entwurf')).toBeDefined();
    expect(sideBySide(pages, 'Federführung: Jugendamt', 'Federführung: Amt für Integration')).toBeDefined();
    expect(
      sideBySide(pages, 'Text: Der Kreis versteht sich als offener', 'Text: Der Kreis versteht sich als'),
    ).toBeDefined();
    expect(all).toContain('vielfältiger und');
    expect(all).toContain(`${changed} (geändert)`);
    expect(all).toContain(`${gone} (entfallen)`);
    expect(all).toContain('M-90 Demokratiecafé im Quartier (neu)');
    expect(sideBySide(pages, '– (neu aufgenommen)', 'Nummer: M-90')).toBeDefined();
    expect(all).not.toContain('\uFFFD');
  });
});
