import * as Y from 'yjs';
import { MEASURES } from '../model/keys.ts';
import type { Migration } from './Migration.ts';

// Frozen here rather than read from entitySpecs or costLineStore: a migration must do the same thing however
// those change later.
const COST_LINES = 'costLines';
const COSTS = 'costs';
const LINE_ID = 'costs';
const FIRST_ORDER = 'a0';

/**
 * Version 5: a measure's single euro figure (`costs`) becomes cost lines (`costLines`: line id → Y.Map of
 * order, year, amount, source). A measure without the lines map gets one; a figure stored in `costs` becomes
 * its one line, without a year and without a funding source (`source: null`, shown as "nicht zugeordnet"):
 * the old figure never said where the money comes from, and counting it as "sonstige" would pass a guess into
 * the budget by source. The line's id is the same on every replica, so the figure is never added twice.
 * `costs` itself stays stored and is no longer read once the lines exist; readers show a measure still without
 * lines (stored by an older build) with its figure as the same line.
 */
export const costLines: Migration = {
  version: 5,
  name: 'cost-lines',
  migrate(doc) {
    for (const measure of doc.getMap<unknown>(MEASURES).values()) {
      if (!(measure instanceof Y.Map) || measure.has(COST_LINES)) continue;
      const lines = new Y.Map<Y.Map<unknown>>();
      const costs = measure.get(COSTS);
      if (typeof costs === 'number' && Number.isFinite(costs)) {
        const line = new Y.Map<unknown>();
        line.set('order', FIRST_ORDER);
        line.set('year', null);
        line.set('amount', Math.round(Math.min(1e12, Math.max(0, costs)) * 100) / 100 + 0);
        line.set('source', null);
        lines.set(LINE_ID, line);
      }
      measure.set(COST_LINES, lines);
    }
  },
};
