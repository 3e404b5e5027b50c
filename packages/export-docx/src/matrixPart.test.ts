import { flattenGoalTree, goalTree, sampleConcept } from '@werkbank/concept';
import { describe, expect, it } from 'vitest';
import { docxXml, xmlText } from '../test/docxXml.ts';
import { conceptToDocx } from './conceptToDocx.ts';
import { defaultExportOptions } from './defaultExportOptions.ts';

const only = { ...defaultExportOptions.parts, titlePage: false, toc: false, chapters: false, vision: false };

describe('goal×measure matrix', () => {
  it('has every Handlungsziel as a row and every measure as a column across its tables, one mark per link', async () => {
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
    const headers = xml.tables.map((t) => t.match(/<w:tr>.*?<\/w:tr>/)?.[0] ?? '');
    expect(headers.every((h) => h.includes('<w:tblHeader/>'))).toBe(true);
    const codes = headers.flatMap((h) => (h.match(/<w:tc>.*?<\/w:tc>/g) ?? []).slice(1).map(xmlText));
    expect(codes).toEqual(concept.measures.map((m) => m.code));
    for (const table of xml.tables) {
      const rows = (table.match(/<w:tr>.*?<\/w:tr>/g) ?? []).slice(1);
      expect(rows.map((r) => xmlText(r.match(/<w:tc>.*?<\/w:tc>/)?.[0] ?? ''))).toEqual(
        handlungsziele.map((n) => `${n.number} ${n.goal.title}`),
      );
    }
    const marks = xml.tables.reduce((n, t) => n + (xmlText(t).match(/●/g)?.length ?? 0), 0);
    const ids = new Set(handlungsziele.map((n) => n.goal.id));
    expect(marks).toBe(
      concept.measures.reduce((n, m) => n + m.goalIds.filter((id) => ids.has(id)).length, 0),
    );
  });
});
