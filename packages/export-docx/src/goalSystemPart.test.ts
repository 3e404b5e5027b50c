import { sampleConcept } from '@werkbank/concept';
import { describe, expect, it } from 'vitest';
import { docxXml, outermost, xmlText } from '../test/docxXml.ts';
import { emptyConcept, goal } from '../test/factories.ts';
import { conceptToDocx } from './conceptToDocx.ts';

const HEADER = ['Indikator', 'Einheit', 'Ausgangswert', 'Zielwert', 'Quelle'];

describe('goal system', () => {
  it('puts each goal’s indicators under it as a table, in order, and none under a goal without', async () => {
    const concept = {
      ...emptyConcept(),
      goals: [
        goal('l1', null, 'Teilhabe stärken', [
          { name: 'Beratungsfälle', unit: 'Anzahl', baseline: '120', target: '200', source: 'Jahresbericht' },
          { name: 'Zufriedenheit', unit: '', baseline: '', target: '80 %', source: '' },
        ]),
        goal('m1', 'l1', 'Beratung ausbauen'),
        goal('h1', 'm1', 'Sprechstunden anbieten', [
          { name: '', unit: 'Personen', baseline: '0', target: '30', source: 'Teilnahmelisten' },
        ]),
        goal('l2', null, 'Vielfalt sichtbar machen'),
      ],
    };
    const xml = docxXml(await conceptToDocx(concept, { parts: { titlePage: false, toc: false } }));
    const headings = [
      'Leitziel 1: Teilhabe stärken',
      'Mittlerziel 1.1: Beratung ausbauen',
      'Handlungsziel 1.1.1: Sprechstunden anbieten',
      'Leitziel 2: Vielfalt sichtbar machen',
    ];
    const starts = headings.map((title) => {
      const paragraph = xml.paragraphs.find((p) => p.text === title && /^Heading[234]$/.test(p.style));
      return paragraph ? xml.document.indexOf(paragraph.xml) : -1;
    });
    expect(starts.every((start, i) => start > (starts[i - 1] ?? 0))).toBe(true);
    const tablesUnder = starts.map((start, i) =>
      outermost(xml.document.slice(start, starts[i + 1]), 'w:tbl').map((table) =>
        outermost(table, 'w:tr').map((row) => outermost(row, 'w:tc').map(xmlText)),
      ),
    );
    expect(tablesUnder).toEqual([
      [
        [
          HEADER,
          ['Beratungsfälle', 'Anzahl', '120', '200', 'Jahresbericht'],
          ['Zufriedenheit', '–', '–', '80 %', '–'],
        ],
      ],
      [],
      [[HEADER, ['–', 'Personen', '0', '30', 'Teilnahmelisten']]],
      [],
    ]);
  });

  it('names each level as the concept does, keeps six levels apart, and lists the measures of any level', async () => {
    const [base] = sampleConcept().measures;
    if (!base) throw new Error('the sample has measures');
    const concept = {
      ...emptyConcept(),
      goals: [
        goal('a', null, 'Eins'),
        goal('b', 'a', 'Zwei'),
        goal('c', 'b', 'Drei'),
        goal('d', 'c', 'Vier'),
        goal('e', 'd', 'Fünf'),
        goal('f', 'e', 'Sechs'),
      ],
      measures: [{ ...base, goalIds: ['b'], originWorkshopId: null, originProposalId: null }],
      goalLevels: [
        { singular: 'Leitziel', plural: 'Leitziele' },
        { singular: 'Teilziel', plural: 'Teilziele' },
        { singular: 'Handlungsziel', plural: 'Handlungsziele' },
        { singular: 'Maßnahmenziel', plural: 'Maßnahmenziele' },
        { singular: 'Arbeitsschritt', plural: 'Arbeitsschritte' },
        { singular: 'Meilenstein', plural: 'Meilensteine' },
      ],
    };
    const xml = docxXml(await conceptToDocx(concept, { parts: { titlePage: false, toc: false } }));
    const headings = xml.paragraphs.filter(
      (p) => /^Heading[2-5]$/.test(p.style) && /Eins|Zwei|Drei|Vier|Fünf|Sechs/.test(p.text),
    );
    expect(headings.map((p) => [p.style, p.text])).toEqual([
      ['Heading2', 'Leitziel 1: Eins'],
      ['Heading3', 'Teilziel 1.1: Zwei'],
      ['Heading4', 'Handlungsziel 1.1.1: Drei'],
      ['Heading5', 'Maßnahmenziel 1.1.1.1: Vier'],
      ['Heading5', 'Arbeitsschritt 1.1.1.1.1: Fünf'],
      ['Heading5', 'Meilenstein 1.1.1.1.1.1: Sechs'],
    ]);
    const indents = headings.slice(3).map((p) => Number(/<w:ind w:left="(\d+)"/.exec(p.xml)?.[1] ?? 0));
    expect(indents[0]).toBeLessThan(indents[1] ?? 0);
    expect(indents[1]).toBeLessThan(indents[2] ?? 0);
    const texts = xml.paragraphs.map((p) => p.text);
    expect(texts.filter((t) => t.startsWith('Übersicht'))).toEqual([
      'Übersicht: 1 Leitziel, 1 Teilziel, 1 Handlungsziel, 1 Maßnahmenziel, 1 Arbeitsschritt und 1 Meilenstein.',
    ]);
    expect(texts).toContain(`Maßnahmen: ${base.code} ${base.title}`);
    expect(texts.join('\n')).not.toContain('noch keine');
  });

  it('names goals an import put below the named levels by their depth, not as the deepest level', async () => {
    const concept = {
      ...emptyConcept(),
      goals: [
        goal('a', null, 'Eins'),
        goal('b', 'a', 'Zwei'),
        goal('c', 'b', 'Drei'),
        goal('d', 'c', 'Vier'),
      ],
    };
    const xml = docxXml(await conceptToDocx(concept, { parts: { titlePage: false, toc: false } }));
    const texts = xml.paragraphs.map((p) => p.text);
    expect(texts).toContain('Handlungsziel 1.1.1: Drei');
    expect(texts).toContain('Ziel der Ebene 4 1.1.1.1: Vier');
    expect(texts).toContain('Übersicht: 1 Leitziel, 1 Mittlerziel, 1 Handlungsziel und 1 Ziel der Ebene 4.');
  });
});
