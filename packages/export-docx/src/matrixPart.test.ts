import { flattenGoalTree, goalTree, sampleConcept } from '@werkbank/concept';
import { describe, expect, it } from 'vitest';
import { docxXml, xmlText } from '../test/docxXml.ts';
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
});
