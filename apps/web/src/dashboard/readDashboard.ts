import {
  type CostTotals,
  collection,
  costTotals,
  fragmentHasText,
  keys,
  type MeasureStatus,
  measureStatusSchema,
  type ProposalOutcome,
  readFieldsOfAction,
  readMeasures,
  readWorkshops,
} from '@werkbank/concept';
import * as Y from 'yjs';

/** The parts of a measure sheet the dashboard counts as filled or not. */
export const SHEET_PARTS = [
  'field',
  'goals',
  'description',
  'lead',
  'period',
  'indicators',
  'costs',
] as const;
export type SheetPart = (typeof SHEET_PARTS)[number];

/** What became of a released proposal; `open` when nobody has answered it yet. */
export type ProposalFate = ProposalOutcome | 'open';
export const PROPOSAL_FATES: readonly ProposalFate[] = [
  'promoted',
  'incorporated',
  'deferred',
  'rejected',
  'open',
];

/** A count under a label: a row of a dashboard table and a bar of its chart. */
export interface Count<K> {
  key: K;
  count: number;
}

/** Every figure the dashboard shows, read from the concept in one pass. */
export interface DashboardFigures {
  measures: number;
  /** Each field of action in order (primary field), then measures without one if any. */
  byField: (Count<string | null> & { title: string })[];
  byStatus: Count<MeasureStatus>[];
  sheets: { complete: number; parts: Count<SheetPart>[] };
  proposals: { workshops: number; total: number; fates: Count<ProposalFate>[] };
  budget: CostTotals;
  fieldTitles: Record<string, string>;
}

function descriptionWritten(doc: Y.Doc, measureId: string): boolean {
  const fragment = collection(doc, keys.MEASURES).get(measureId)?.get('description');
  return fragment instanceof Y.XmlFragment && fragmentHasText(fragment);
}

/**
 * The dashboard's figures: measures by field of action and by status, how complete the measure sheets are,
 * workshop proposals and what became of them, and the budget.
 */
export function readDashboard(doc: Y.Doc): DashboardFigures {
  const measures = readMeasures(doc);
  const fields = readFieldsOfAction(doc);
  const fieldIds = new Set(fields.map((f) => f.id));
  const byField = fields.map((f) => ({ key: f.id as string | null, title: f.title, count: 0 }));
  const without = { key: null, title: '', count: 0 };
  const byStatus = new Map<MeasureStatus, number>(measureStatusSchema.options.map((s) => [s, 0]));
  const parts = new Map<SheetPart, number>(SHEET_PARTS.map((p) => [p, 0]));
  let complete = 0;
  for (const m of measures) {
    const row =
      m.primaryFieldId && fieldIds.has(m.primaryFieldId)
        ? byField.find((f) => f.key === m.primaryFieldId)
        : without;
    if (row) row.count++;
    byStatus.set(m.status, (byStatus.get(m.status) ?? 0) + 1);
    const filled: Record<SheetPart, boolean> = {
      field: m.primaryFieldId !== null,
      goals: m.goalIds.length > 0,
      description: descriptionWritten(doc, m.id),
      lead: m.lead.trim() !== '',
      period: m.periodStart !== '' || m.recurrence.trim() !== '',
      indicators: m.indicators.length > 0,
      costs: m.costLines.length > 0,
    };
    for (const part of SHEET_PARTS) if (filled[part]) parts.set(part, (parts.get(part) ?? 0) + 1);
    if (SHEET_PARTS.every((part) => filled[part])) complete++;
  }
  const workshops = readWorkshops(doc);
  const fates = new Map<ProposalFate, number>(PROPOSAL_FATES.map((f) => [f, 0]));
  let total = 0;
  for (const workshop of workshops)
    for (const p of workshop.proposals) {
      // Released proposals only, each merged duplicate counted once with the proposal it was merged into.
      if (p.moderation !== 'visible' || p.mergedInto !== null) continue;
      total++;
      const fate: ProposalFate = p.outcome ?? (p.measureId ? 'promoted' : 'open');
      fates.set(fate, (fates.get(fate) ?? 0) + 1);
    }
  return {
    measures: measures.length,
    byField: without.count > 0 ? [...byField, without] : byField,
    byStatus: [...byStatus].map(([key, count]) => ({ key, count })),
    sheets: { complete, parts: [...parts].map(([key, count]) => ({ key, count })) },
    proposals: {
      workshops: workshops.length,
      total,
      fates: [...fates].map(([key, count]) => ({ key, count })),
    },
    budget: costTotals(
      measures,
      fields.map((f) => f.id),
    ),
    fieldTitles: Object.fromEntries(fields.map((f) => [f.id, f.title])),
  };
}
