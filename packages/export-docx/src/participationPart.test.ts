import { sampleConcept, workshopStats } from '@werkbank/concept';
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
      const stats = workshopStats(workshop.proposals);
      expect(text).toContain(`Teilnehmende: ${stats.participants}`);
      expect(text).toContain(
        `Beiträge: ${stats.proposals}; von der Moderation ausgeblendet: 1; Punkte je Person: ${workshop.dotsPerParticipant}`,
      );
      expect(text).toContain(workshop.online ? 'Ort: online' : `Ort: ${workshop.place}`);
      for (const proposal of workshop.proposals) {
        expect(text.includes(proposal.author)).toBe(false);
        expect(text.includes(proposal.participantId)).toBe(false);
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
    expect(text).toContain('offen');
    expect(text).toContain('zurückgestellt: Wird in der nächsten Förderperiode aufgegriffen.');
    expect(text).toMatch(
      /^.*?\d+ Beteiligungsformate mit \d+ Beiträgen und \d+ vergebenen Punkten; \d+ Beiträge wurden als Maßnahme übernommen\./,
    );
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
    const dateAndFormat = facts.map((paragraphs) =>
      paragraphs.filter((p) => /^(Datum|Format):/.test(p.text)),
    );
    expect(dateAndFormat.map((paragraphs) => paragraphs.map((p) => p.text))).toEqual(expected);
    expect(expected[0]).toEqual(['Datum: 10.09.2024', 'Format: Demokratiekonferenz']);
    for (const p of dateAndFormat.flat()) {
      expect(p.xml).toMatch(
        /^<w:p><w:r><w:rPr><w:b\/><w:bCs\/><\/w:rPr><w:t xml:space="preserve">(Datum|Format): <\/w:t><\/w:r>/,
      );
    }
  });

  it('leaves out pending and hidden proposals, lists merged texts with their target and prints markup as text', async () => {
    const concept = sampleConcept({ measures: 3 });
    const [first] = concept.workshops;
    if (!first) throw new Error('the sample has workshops');
    const base = {
      ...first.proposals[0],
      votes: {},
      measureId: null,
      outcome: null,
      outcomeReason: '',
      mergedInto: null,
    } as (typeof first.proposals)[number];
    concept.workshops = [
      {
        ...first,
        title: 'Zukunftswerkstatt',
        proposals: [
          {
            ...base,
            id: 'p1',
            text: '<img src=x onerror=alert(1)>',
            votes: { 'participant-a1': 2 },
            participantId: 'participant-a1',
            author: 'Tulpe',
          },
          { ...base, id: 'p2', text: 'Gleicher Gedanke', mergedInto: 'p1', participantId: 'participant-b2' },
          { ...base, id: 'p3', text: 'Wartet noch', moderation: 'pending', participantId: 'participant-c3' },
          { ...base, id: 'p4', text: 'Beleidigung', moderation: 'hidden', participantId: 'participant-d4' },
          {
            ...base,
            id: 'p5',
            text: 'Abgelehnt',
            outcome: 'rejected',
            outcomeReason: 'Außerhalb des Auftrags',
          },
        ],
      },
    ];
    const xml = docxXml(await conceptToDocx(concept, { parts: { titlePage: false, toc: false } }));
    const text = xmlText(xml.document.slice(xml.document.indexOf('Anhang: Dokumentation der Beteiligung')));
    expect(text).toContain('Ein Beteiligungsformat mit 3 Beiträgen und 2 vergebenen Punkten.');
    expect(text).toContain('Teilnehmende: 5');
    expect(text).toContain('Beiträge: 3; von der Moderation ausgeblendet: 1; nicht freigegeben: 1');
    expect(text).toContain('&lt;img src=x onerror=alert(1)&gt; (zusammengeführt mit „Gleicher Gedanke“)');
    expect(text).toContain('abgelehnt: Außerhalb des Auftrags');
    for (const secret of ['Wartet noch', 'Beleidigung', 'Tulpe', 'participant-'])
      expect(text).not.toContain(secret);
    expect(xml.document).toContain('&lt;img src=x onerror=alert(1)&gt;');
  });
});
