import * as Y from 'yjs';
import type { IndicatorJSON } from '../json/conceptJsonSchema.ts';
import { INDICATOR_FIELDS } from './entitySpecs.ts';
import { cutText, fitsLength } from './fieldRules.ts';

function fieldOf(item: unknown, key: string): unknown {
  if (item instanceof Y.Map) return item.get(key);
  return (item as Record<string, unknown>)[key];
}

/**
 * An indicator list as Concept JSON: each item a Y.Map (or a plain object, as a raw client may store it) with
 * short texts; other items are left out, and an item without a usable id gets one from its place.
 */
export function readIndicators(value: unknown, max: number, repaired: () => void): IndicatorJSON[] {
  if (!(value instanceof Y.Array)) {
    if (value !== undefined) repaired();
    return [];
  }
  const out: IndicatorJSON[] = [];
  for (const item of value.toArray()) {
    const usable =
      item instanceof Y.Map ||
      (typeof item === 'object' && item !== null && !Array.isArray(item) && !ArrayBuffer.isView(item));
    if (!usable) {
      repaired();
      continue;
    }
    const id = fieldOf(item, 'id');
    const indicator: Record<string, string> = {
      id: typeof id === 'string' && id.length > 0 && fitsLength(id, 64) ? id : `indicator-${out.length + 1}`,
    };
    if (indicator.id !== id) repaired();
    for (const key of INDICATOR_FIELDS) {
      const stored = fieldOf(item, key);
      indicator[key] = typeof stored === 'string' ? cutText(stored, 500) : '';
      if (stored !== undefined && indicator[key] !== stored) repaired();
    }
    out.push(indicator as unknown as IndicatorJSON);
  }
  if (out.length <= max) return out;
  repaired();
  return out.slice(0, max);
}
