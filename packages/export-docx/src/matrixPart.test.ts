import { flattenGoalTree, goalTree, sampleConcept } from '@werkbank/concept';
import { describe, expect, it } from 'vitest';
import { docxXml, outermost, xmlText } from '../test/docxXml.ts';
import { emptyConcept, goal } from '../test/factories.ts';
import { conceptToDocx } from './conceptToDocx.ts';
import { defaultExportOptions } from './defaultExportOptions.ts';

const only = { ...defaultExportOptions.parts, titlePage: false, toc: false, chapters: false, vision: false };

describe('goal×measure matrix', () => {
  it('has one table per field of action, with a header row of measure codes, and every link marked once', async () => {
    const concept = sampleConcept({ fields: 12, goals: 60, measures: 300 });
    const xml = docxXml(
      await conceptToDocx(concept, {
        tocPageNumbers: 'none',
        parts: {
          ...only,
          goals: false,
          fieldsOfAction: false,
          measuresOverview: false,
          measureSheets: false,
          actors: false,
          participation: false,
        },
      }),
    );
    const handlungsziele = flattenGoalTree(goalTree(concept.goals)).filter(
      (n) => n.level === 'handlungsziel',
    );
    const goalByRowTitle = new Map(handlungsziele.map((n) => [`${n.number} ${n.goal.title}`, n.goal]));
    const measureByCode = new Map(concept.measures.map((m) => [m.code, m]));
    const cellsOf = (row: string) => (row.match(/<w:tc>.*?<\/w:tc>/g) ?? []).map(xmlText);
    const headers = xml.tables.map((t) => t.match(/<w:tr>.*?<\/w:tr>/)?.[0] ?? '');
    expect(headers.every((h) => h.includes('<w:tblHeader/>'))).toBe(true);
    expect(headers.every((h) => cellsOf(h)[0] === 'Handlungsziel')).toBe(true);
    // Every measure is a column of exactly one table, and a table's measures share one field of action.
    const codes = headers.flatMap((h) => cellsOf(h).slice(1));
    expect([...codes].sort()).toEqual(concept.measures.map((m) => m.code).sort());
    let marks = 0;
    for (const [t, table] of xml.tables.entries()) {
      const measures = cellsOf(headers[t] ?? '')
        .slice(1)
        .map((code) => measureByCode.get(code));
      expect(new Set(measures.map((m) => m?.primaryFieldId)).size).toBe(1);
      for (const row of (table.match(/<w:tr>.*?<\/w:tr>/g) ?? []).slice(1)) {
        const [title = '', ...cells] = cellsOf(row);
        const goal = goalByRowTitle.get(title);
        expect(goal).toBeDefined();
        const fieldId = measures[0]?.primaryFieldId;
        expect(cells.some((c) => c === '●') || (fieldId != null && goal?.fieldIds.includes(fieldId))).toBe(
          true,
        );
        cells.forEach((c, i) => {
          expect(c).toBe(measures[i]?.goalIds.includes(goal?.id ?? '') ? '●' : '');
          if (c === '●') marks++;
        });
      }
    }
    const ids = new Set(handlungsziele.map((n) => n.goal.id));
    expect(marks).toBe(
      concept.measures.reduce((n, m) => n + m.goalIds.filter((id) => ids.has(id)).length, 0),
    );
  });

  it('shows the level measures are really linked to, and claims no gap a measure covers through the tree', async () => {
    const [base] = sampleConcept().measures;
    if (!base) throw new Error('the sample has measures');
    const measure = (id: string, code: string, goalIds: string[]) => ({
      ...base,
      id,
      code,
      primaryFieldId: null,
      secondaryFieldIds: [],
      goalIds,
      originWorkshopId: null,
      originProposalId: null,
    });
    const concept = {
      ...emptyConcept(),
      goals: [
        goal('l1', null, 'Teilhabe'),
        goal('s1', 'l1', 'Beratung stärken'),
        goal('h1', 's1', 'Sprechstunden'),
        goal('h2', 's1', 'Hausbesuche'),
        goal('s2', 'l1', 'Bildung öffnen'),
        goal('l2', null, 'Sichtbarkeit'),
        goal('s3', 'l2', 'Gedenken'),
      ],
      measures: [measure('a', 'M-01', ['s1']), measure('b', 'M-02', ['s2', 's1'])],
    };
    const xml = docxXml(
      await conceptToDocx(concept, {
        tocPageNumbers: 'none',
        parts: {
          ...only,
          goals: false,
          fieldsOfAction: false,
          measuresOverview: false,
          measureSheets: false,
          participation: false,
        },
      }),
    );
    const table = xml.tables[0] ?? '';
    expect(outermost(table, 'w:tr').map((row) => outermost(row, 'w:tc').map(xmlText))).toEqual([
      ['Mittlerziel', 'M-01', 'M-02'],
      ['1.1 Beratung stärken', '●', '●'],
      ['1.2 Bildung öffnen', '', '●'],
    ]);
    const texts = xml.paragraphs.map((p) => p.text);
    // Sprechstunden and Hausbesuche are served through their Mittlerziel; only Leitziel 2 has nothing.
    expect(texts).toContain('Ziele ohne Maßnahme: Leitziel 2: Sichtbarkeit');
    expect(texts.join('\n')).not.toMatch(/Sprechstunden|Hausbesuche|Handlungsziele ohne/);

    // Linked on two levels: both are rows, and a measure serving a Handlungsziel marks its Mittlerziel with ○.
    concept.measures.push(measure('c', 'M-03', ['h2']));
    const mixed = docxXml(
      await conceptToDocx(concept, {
        tocPageNumbers: 'none',
        parts: {
          ...only,
          goals: false,
          fieldsOfAction: false,
          measuresOverview: false,
          measureSheets: false,
          participation: false,
        },
      }),
    );
    expect(
      outermost(mixed.tables[0] ?? '', 'w:tr').map((row) => outermost(row, 'w:tc').map(xmlText)),
    ).toEqual([
      ['Ziel', 'M-01', 'M-02', 'M-03'],
      ['Mittlerziel 1.1: Beratung stärken', '●', '●', '○'],
      ['Handlungsziel 1.1.2: Hausbesuche', '', '', '●'],
      ['Mittlerziel 1.2: Bildung öffnen', '', '●', ''],
    ]);
    expect(mixed.paragraphs.map((p) => p.text)).toContain('Ziele ohne Maßnahme: Leitziel 2: Sichtbarkeit');
  });
});
