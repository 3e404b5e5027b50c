import * as Y from 'yjs';
import type { CostLineJSON } from '../json/conceptJsonSchema.ts';
import { costLineRules } from './costLineRules.ts';
import type { EntityMap } from './entityStore.ts';
import { ORDER } from './keys.ts';
import { orderKeysAfter } from './orderKeys.ts';

/** The measure field that held one euro figure before cost lines (schema version 4 and older). */
export const LEGACY_COSTS = 'costs';
/** The id of the line an old `costs` figure becomes: the same on every replica, so two conversions never add two. */
export const LEGACY_COST_LINE_ID = 'costs';

/** One stored cost line: a Y.Map of year, amount, source and its order key. */
export type CostLineMap = Y.Map<unknown>;

/**
 * The line an old single `costs` figure becomes: no year, no funding source (the old figure never said which),
 * or null when the measure holds no usable figure.
 */
export function legacyCostLine(entity: EntityMap): CostLineJSON | null {
  const stored = entity.get(LEGACY_COSTS);
  const amount = costLineRules.amount.rule(stored);
  if (amount === undefined) return null;
  return { id: LEGACY_COST_LINE_ID, year: null, amount: amount as number, source: null };
}

/** A new cost line map holding `line`'s fields and `order`. */
export function costLineMap(line: Omit<CostLineJSON, 'id'>, order: string): CostLineMap {
  const map = new Y.Map<unknown>();
  map.set(ORDER, order);
  map.set('year', line.year);
  map.set('amount', line.amount);
  map.set('source', line.source);
  return map;
}

/**
 * The cost lines map of a measure (line id → line map), created where an older or partial measure lacks it; a
 * measure stored with a single `costs` figure gets that figure as its first line, as the readers showed it.
 */
export function costLinesOf(entity: EntityMap, field: string): Y.Map<CostLineMap> {
  const existing = entity.get(field);
  if (existing instanceof Y.Map) return existing as Y.Map<CostLineMap>;
  const created = new Y.Map<CostLineMap>();
  const legacy = legacyCostLine(entity);
  if (legacy) {
    const [order = 'a0'] = orderKeysAfter(null, 1);
    created.set(legacy.id, costLineMap(legacy, order));
  }
  entity.set(field, created);
  return created;
}

/** Replaces the cost lines of a measure by `lines`, in their order; lines kept by id are changed in place. */
export function writeCostLines(entity: EntityMap, field: string, lines: readonly CostLineJSON[]): void {
  const map = costLinesOf(entity, field);
  const wanted = new Set(lines.map((line) => line.id));
  for (const id of [...map.keys()]) if (!wanted.has(id)) map.delete(id);
  const orders = orderKeysAfter(null, lines.length);
  lines.forEach(({ id, ...line }, i) => {
    const order = orders[i] as string;
    const stored = map.get(id);
    if (!(stored instanceof Y.Map)) {
      map.set(id, costLineMap(line, order));
      return;
    }
    for (const [key, value] of Object.entries({ ...line, [ORDER]: order }))
      if (stored.get(key) !== value) stored.set(key, value);
  });
}
