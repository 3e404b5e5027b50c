import * as Y from 'yjs';
import type { CostLineJSON } from '../json/conceptJsonSchema.ts';
import { COST_LINE_FIELDS, costLineRules } from './costLineRules.ts';
import { legacyCostLine } from './costLineStore.ts';
import type { EntityMap } from './entityStore.ts';
import { fitsLength } from './fieldRules.ts';
import { ORDER } from './keys.ts';

function fieldOf(item: unknown, key: string): unknown {
  if (item instanceof Y.Map) return item.get(key);
  return (item as Record<string, unknown>)[key];
}

function isRecord(item: unknown): boolean {
  return (
    item instanceof Y.Map ||
    (typeof item === 'object' && item !== null && !Array.isArray(item) && !ArrayBuffer.isView(item))
  );
}

/**
 * A measure's cost lines as Concept JSON, in order (order key, ties by id). Each line is a Y.Map (or a plain
 * object, as a raw client may store it) under its id; a field that does not fit reads as its default, other
 * entries are left out. A measure stored before cost lines existed reads its single `costs` figure as one line.
 */
export function readCostLines(
  entity: EntityMap,
  field: string,
  max: number,
  repaired: () => void,
): CostLineJSON[] {
  const value = entity.get(field);
  if (value === undefined) {
    const legacy = legacyCostLine(entity);
    return legacy ? [legacy] : [];
  }
  if (!(value instanceof Y.Map)) {
    repaired();
    return [];
  }
  const lines: { order: string; line: CostLineJSON }[] = [];
  for (const [id, item] of value.entries()) {
    if (id.length === 0 || !fitsLength(id, 64) || !isRecord(item)) {
      repaired();
      continue;
    }
    const line: Record<string, unknown> = { id };
    for (const key of COST_LINE_FIELDS) {
      const stored = fieldOf(item, key);
      const { rule, fallback } = costLineRules[key];
      const fitted = rule(stored);
      line[key] = fitted === undefined ? fallback : fitted;
      if (fitted !== stored) repaired();
    }
    const order = fieldOf(item, ORDER);
    lines.push({ order: typeof order === 'string' ? order : '', line: line as unknown as CostLineJSON });
  }
  lines.sort((a, b) =>
    a.order !== b.order
      ? a.order < b.order
        ? -1
        : 1
      : a.line.id < b.line.id
        ? -1
        : a.line.id > b.line.id
          ? 1
          : 0,
  );
  if (lines.length > max) repaired();
  return lines.slice(0, max).map((entry) => entry.line);
}
