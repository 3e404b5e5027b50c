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
});
