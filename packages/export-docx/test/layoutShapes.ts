import { type ConceptJSON, type GoalJSON, type RichTextNode, rt, sampleConcept } from '@werkbank/concept';
import { emptyConcept, filler, goal } from './factories.ts';

/** One generated concept shape for the page-number check, with its name. */
export interface LayoutShape {
  name: string;
  concept: ConceptJSON;
}

const LONG =
  'Stärkung der demokratischen Kultur und der Teilhabe aller Menschen in den Quartieren durch verlässliche Beratungs- und Begegnungsangebote für Bürger*innen';

function tree(widths: readonly number[], described: (depth: number) => RichTextNode[] | null): GoalJSON[] {
  const goals: GoalJSON[] = [];
  const grow = (parentId: string | null, depth: number, prefix: string) => {
    const width = widths[depth];
    if (width === undefined) return;
    for (let i = 1; i <= width; i++) {
      const id = `${prefix}${i}`;
      const g = goal(id, parentId, `Ziel ${id.replaceAll('-', '.')} stärken`);
      const text = described(depth);
      if (text) g.description = rt.doc(...text);
      goals.push(g);
      grow(id, depth + 1, `${id}-`);
    }
  };
  grow(null, 0, 'g');
  return goals;
}

function chapter(key: string, title: string, body: RichTextNode[]) {
  return {
    id: `c-${key}`,
    key,
    title,
    status: 'draft' as const,
    guidingQuestions: [],
    body: rt.doc(...body),
  };
}

function bigTable(rows: number): RichTextNode {
  return rt.table(
    rt.tr(rt.th('Jahr'), rt.th('Angebot'), rt.th('Träger'), rt.th('Teilnehmende')),
    ...Array.from({ length: rows }, (_, i) =>
      rt.tr(
        rt.td(String(2000 + (i % 25))),
        rt.td(i % 3 === 0 ? `Workshopreihe ${i} zu Vielfalt und Teilhabe im Quartier` : `Angebot ${i}`),
        rt.td(i % 4 === 0 ? 'Kommunales Integrationszentrum' : 'Verein'),
        rt.td(String(10 + i)),
      ),
    ),
  );
}

/**
 * Concepts shaped the ways real ones are, for checking the table of contents against LibreOffice's layout: many
 * short goals, no descriptions, long descriptions, deep trees, no and 400 measures, long titles, large tables.
 */
export function layoutShapes(): LayoutShape[] {
  const intro = [chapter('einleitung', 'Einleitung', filler(2))];
  const shortGoals = { ...emptyConcept(), chapters: intro, goals: tree([6, 4, 3], () => null) };
  // The goals' own chapter opens with half a page of text, so a chain of headings kept together would not fit below it.
  const twentyGoals = {
    ...emptyConcept(),
    chapters: [...intro, chapter('ziele', 'Ziele', filler(4))],
    goals: tree([4, 4], () => null),
  };
  const longDescriptions = {
    ...emptyConcept(),
    chapters: intro,
    goals: tree([3, 2, 2], (depth) => filler(depth === 0 ? 6 : 3)),
  };
  const deep = {
    ...emptyConcept(),
    chapters: intro,
    goals: tree([2, 2, 2, 2, 2, 1], (d) => (d % 2 ? filler(1) : null)),
  };
  const noMeasures = sampleConcept({ fields: 6, goals: 20, measures: 1 });
  noMeasures.measures = [];
  noMeasures.workshops = noMeasures.workshops.map((w) => ({
    ...w,
    proposals: w.proposals.map((p) => ({ ...p, measureId: null })),
  }));
  const mid = sampleConcept({ fields: 8, goals: 29, measures: 166, seed: 7 });
  const many = sampleConcept({ fields: 12, goals: 60, measures: 400, seed: 11 });
  const longTitles = sampleConcept({ fields: 5, goals: 12, measures: 24, seed: 3 });
  longTitles.meta.title = `${LONG} – Handlungskonzept`;
  for (const g of longTitles.goals) g.title = `${g.title}: ${LONG}`;
  for (const m of longTitles.measures) m.title = `${m.title} – ${LONG}`;
  for (const f of longTitles.fieldsOfAction) f.title = `${f.title} und ${LONG.slice(0, 60)}`;
  const tables = {
    ...emptyConcept(),
    chapters: [
      chapter('ausgangslage', 'Ausgangslage', [...filler(1), bigTable(90), ...filler(1)]),
      chapter('bestand', 'Bestandsaufnahme der Angebote', [
        bigTable(12),
        rt.h(2, 'Angebote im Kreis'),
        bigTable(40),
      ]),
    ],
    goals: tree([3, 3], () => null),
  };
  const manyLeitziele = sampleConcept({ fields: 10, goals: 45, measures: 30, seed: 5 });
  manyLeitziele.goals = tree([15, 2, 2], () => null).map((g, i) => ({
    ...g,
    fieldIds: [manyLeitziele.fieldsOfAction[i % 10]?.id ?? ''].filter(Boolean),
  }));
  const ids = manyLeitziele.goals.map((g) => g.id);
  manyLeitziele.measures = manyLeitziele.measures.map((m, i) => ({
    ...m,
    goalIds: [ids[(i * 7) % ids.length] ?? ''],
  }));
  // Descriptions of every length, from one line to more than a page, in a fixed pseudo-random order.
  const mixed = {
    ...emptyConcept(),
    chapters: [chapter('einleitung', 'Einleitung', filler(5)), chapter('leitbild', 'Leitbild', filler(1))],
    vision: rt.doc(...filler(3)),
    goals: tree([5, 3, 2], () => null).map((g, i) => ({
      ...g,
      description: rt.doc(...filler((i * 37) % 11), rt.p(`Kurz ${i}.`)),
    })),
  };
  return [
    { name: 'many-leitziele', concept: manyLeitziele },
    { name: 'mixed-lengths', concept: mixed },
    { name: 'short-goals', concept: shortGoals },
    { name: 'twenty-goals', concept: twentyGoals },
    { name: 'long-descriptions', concept: longDescriptions },
    { name: 'deep-tree', concept: deep },
    { name: 'no-measures', concept: noMeasures },
    { name: 'measures-166', concept: mid },
    { name: 'measures-400', concept: many },
    { name: 'long-titles', concept: longTitles },
    { name: 'large-tables', concept: tables },
  ];
}
