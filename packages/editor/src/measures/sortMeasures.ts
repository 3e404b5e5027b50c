import {
  type Light,
  type MeasureJSON,
  measureCostTotal,
  measureStatusSchema,
  prioritySchema,
} from '@werkbank/concept';
import type { MeasuresSort } from './MeasuresSort.ts';

const collator = new Intl.Collator('de', { numeric: true, sensitivity: 'base' });
const STATUS_ORDER: readonly string[] = measureStatusSchema.options;
const PRIORITY_ORDER: readonly string[] = prioritySchema.options;

function rank(order: readonly string[], value: string | null): number {
  return value === null ? order.length : order.indexOf(value);
}

/**
 * Measures sorted by a column (stable: ties keep concept order). Codes sort naturally (M-2 before M-10),
 * status and priority in their workflow order, empty values last; null keeps concept order.
 */
export function sortMeasures<M extends Light<MeasureJSON>>(
  measures: readonly M[],
  sort: MeasuresSort | null,
  fieldTitle: (fieldId: string | null) => string,
): M[] {
  if (!sort) return [...measures];
  const text = (a: string, b: string) => (!a !== !b ? (a ? -1 : 1) : collator.compare(a, b));
  const compare: Record<MeasuresSort['column'], (a: M, b: M) => number> = {
    code: (a, b) => text(a.code, b.code),
    title: (a, b) => text(a.title, b.title),
    field: (a, b) => text(fieldTitle(a.primaryFieldId), fieldTitle(b.primaryFieldId)),
    lead: (a, b) => text(a.lead, b.lead),
    status: (a, b) => rank(STATUS_ORDER, a.status) - rank(STATUS_ORDER, b.status),
    priority: (a, b) => rank(PRIORITY_ORDER, a.priority) - rank(PRIORITY_ORDER, b.priority),
    period: (a, b) => text(a.periodStart || a.periodEnd, b.periodStart || b.periodEnd),
    costs: (a, b) => measureCostTotal(a) - measureCostTotal(b),
  };
  const sign = sort.direction === 'asc' ? 1 : -1;
  return measures
    .map((measure, index) => ({ measure, index }))
    .sort((x, y) => sign * compare[sort.column](x.measure, y.measure) || x.index - y.index)
    .map(({ measure }) => measure);
}
