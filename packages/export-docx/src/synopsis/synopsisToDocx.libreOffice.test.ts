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

/** The same concept with a measure and a goal moved, a heading made of a paragraph, and a new title and phase. */
function moved(): { before: ConceptJSON; after: ConceptJSON } {
  const before = sampleConcept({ fields: 3, goals: 5, measures: 6 });
  const chapterOld = before.chapters[0];
  if (!chapterOld) throw new Error('sample has chapters');
  chapterOld.body = rt.doc(rt.p('Ausgangslage im Kreis'), rt.p('Der Kreis ist offen.'));
  const after = structuredClone(before);
  const measure = after.measures.find((m) => m.id === 'measure-002');
  const goal = after.goals.find((g) => g.id === 'goal-h2');
  if (!measure || !goal || !after.chapters[0]) throw new Error('sample has measure-002 and goal-h2');
  measure.primaryFieldId = 'field-3';
  goal.parentId = 'goal-m1';
  after.chapters[0].body = rt.doc(
    rt.h(2, 'Ausgangslage im Kreis'),
    rt.p('Der Kreis ist ', rt.bold('offen'), '.'),
  );
  after.meta.title = 'Handlungskonzept für Vielfalt';
  after.meta.phase = 'umsetzung';
  before.meta.phase = 'erarbeitung';
  return { before, after };
}

const phaseTitle = (key: string) =>
  ({ erarbeitung: 'Erarbeitung', umsetzung: 'Umsetzung und Monitoring' })[key] ?? key;

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

  it('says in words where a measure and a goal moved, which formatting changed, and which details changed', async () => {
    const { before, after } = moved();
    const bytes = await synopsisToDocx(compareConcepts(before, after), {
      title: 'Handlungskonzept',
      fromName: 'Beschluss 2025',
      toName: 'Aktueller Entwurf',
      phaseTitle,
    });
    const text = docxXml(bytes)
      .document.replace(/<w:p[ >]/g, '\n$&')
      .replace(/<[^>]+>/g, '');
    expect(text).toContain('Angaben zum Konzept geändert: Titel, Phase');
    expect(text).toContain('1 Ziel geändert (davon 1 verschoben)');
    expect(text).toContain('1 Kapitel geändert (davon 1 mit geänderter Formatierung)');
    expect(text).toContain('Verschoben von Handlungsfeld „Sport“ nach „Kultur“');
    expect(text).toContain(
      'Verschoben: bisher unter „Beratungsangebote im Handlungsfeld „Sport“ bekannter machen“, jetzt unter „Rassismuskritische',
    );
    expect(text).toContain('Text: Formatierung geändert: Überschrift, fett');
    expect(text).toContain('Phase: Erarbeitung');
    expect(text).toContain('Phase: Umsetzung und Monitoring');
    expect(text).toContain('M-02 Aktionswochen gegen Rassismus (Sport) (verschoben)');
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

  it('reads moves, formatting and details back in the two columns', async () => {
    const { before, after } = moved();
    const bytes = await synopsisToDocx(compareConcepts(before, after), {
      title: 'Handlungskonzept',
      fromName: 'Beschluss 2025',
      toName: 'Aktueller Entwurf',
      phaseTitle,
    });
    const pdf = await docxToPdfText(bytes, 'synopsis-moves');
    conversions.push(pdf);
    const all = pdf.pages.join('\n').replace(/\s+/g, ' ');
    expect(all).toContain('Verschoben von Handlungsfeld „Sport“ nach „Kultur“');
    expect(all).toContain('Formatierung geändert: Überschrift, fett');
    expect(sideBySide(pdf.pages, 'Phase: Erarbeitung', 'Phase: Umsetzung und Monitoring')).toBeDefined();
    expect(all).not.toContain('\uFFFD');
  });
});
