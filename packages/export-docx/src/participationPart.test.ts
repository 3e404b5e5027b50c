import { sampleConcept } from '@werkbank/concept';
import { describe, expect, it } from 'vitest';
import { docxXml, xmlText } from '../test/docxXml.ts';
import { conceptToDocx } from './conceptToDocx.ts';

describe('participation annex', () => {
  it('documents each workshop and its proposals by votes with what became of them, never hidden texts or authors', async () => {
    const concept = sampleConcept();
    const xml = docxXml(await conceptToDocx(concept, { parts: { titlePage: false, toc: false } }));
    const start = xml.paragraphs.findIndex((p) => p.text === 'Anhang: Dokumentation der Beteiligung');
    expect(xml.paragraphs[start]?.style).toBe('Heading1');
    expect(xml.paragraphs[start]?.xml).toContain('<w:numId w:val="0"/>');
    const annex = xml.document.slice(xml.document.indexOf('Anhang: Dokumentation der Beteiligung'));
    const text = xmlText(annex);
    for (const workshop of concept.workshops) {
      expect(text).toContain(workshop.title);
      expect(text).toContain(
        `Beiträge: ${workshop.proposals.length} (davon 1 durch die Moderation ausgeblendet)`,
      );
      for (const proposal of workshop.proposals) {
        expect(text.includes(proposal.author)).toBe(false);
        if (proposal.moderation === 'hidden') continue;
        expect(text).toContain(proposal.text);
      }
    }
    const hidden = concept.workshops.flatMap((w) => w.proposals).filter((p) => p.moderation === 'hidden');
    for (const p of hidden) {
      const elsewhere = concept.workshops
        .flatMap((w) => w.proposals)
        .some((q) => q.moderation === 'visible' && q.text === p.text);
      if (!elsewhere) expect(text).not.toContain(p.text);
    }
    const promoted = concept.measures.filter((m) => m.originProposalId);
    for (const m of promoted) expect(text).toContain(`übernommen als ${m.code}`);
    expect(text).toContain('nicht übernommen');
    const tables = xml.tables.filter((t) => xmlText(t).startsWith('Nr.BeitragHandlungsfeldPunkteErgebnis'));
    expect(tables).toHaveLength(concept.workshops.length);
    for (const table of tables) {
      const votes = (table.match(/<w:tr>.*?<\/w:tr>/g) ?? [])
        .slice(1)
        .map((r) => xmlText((r.match(/<w:tc>.*?<\/w:tc>/g) ?? [])[3] ?? ''))
        .filter((v) => v !== '–')
        .map(Number);
      expect(votes).toEqual([...votes].sort((a, b) => b - a));
    }
  });

  it('gives each workshop its date as Germans write it and its format, or says they are not given', async () => {
    const concept = sampleConcept();
    const [first] = concept.workshops;
    if (!first) throw new Error('the sample has workshops');
    concept.workshops.push({
      ...first,
      id: 'w-open',
      title: 'Offene Sprechstunde',
      date: '',
      format: '',
      proposals: [],
    });
    const xml = docxXml(await conceptToDocx(concept, { parts: { titlePage: false, toc: false } }));
    const annex = xml.paragraphs.findIndex((p) => p.text === 'Anhang: Dokumentation der Beteiligung');
    const facts = concept.workshops.map((w) => {
      const start = xml.paragraphs.findIndex(
        (p, i) => i > annex && p.style === 'Heading2' && p.text === w.title,
      );
      const end = xml.paragraphs.findIndex((p, i) => i > start && /^Heading[12]$/.test(p.style));
      return xml.paragraphs.slice(start + 1, end < 0 ? undefined : end);
    });
    const expected = concept.workshops.map((w) => {
      const [year, month, day] = w.date.split('-');
      return [
        `Datum: ${w.date ? `${day}.${month}.${year}` : 'nicht angegeben'}`,
        `Format: ${w.format || 'nicht angegeben'}`,
      ];
    });
    expect(facts.map((paragraphs) => paragraphs.slice(0, 2).map((p) => p.text))).toEqual(expected);
    expect(expected[0]).toEqual(['Datum: 10.09.2024', 'Format: Demokratiekonferenz']);
    for (const p of facts.flatMap((paragraphs) => paragraphs.slice(0, 2))) {
      expect(p.xml).toMatch(
        /^<w:p><w:r><w:rPr><w:b\/><w:bCs\/><\/w:rPr><w:t xml:space="preserve">(Datum|Format): <\/w:t><\/w:r>/,
      );
    }
  });
});
