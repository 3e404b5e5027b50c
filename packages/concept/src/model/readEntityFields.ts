import * as Y from 'yjs';
import type { EntitySpec } from './entitySpecs.ts';
import { type EntityMap, entityKey, isLive } from './entityStore.ts';
import { cutText, fieldRules, fitsLength } from './fieldRules.ts';
import { readCostLines } from './readCostLines.ts';
import { readIndicators } from './readIndicators.ts';
import { emptyRichText, readRichText } from './richText.ts';
import { textValue } from './sharedText.ts';

/** Options for reading an entity. */
export interface ReadOptions {
  /** Read rich-text bodies too (slower; lists and forms usually do not need them). */
  richText?: boolean;
  /**
   * Told the path of every stored value that did not fit Concept JSON and was read as its default or cut down,
   * e.g. `measures[m1].status` (written by a raw client or an older build).
   */
  onRepair?: (path: string) => void;
}

const MAX_ITEM = 500;
const countRule = fieldRules.int(0, 100);
function noop(): void {}

function readList(value: unknown, max: number, repaired: () => void): string[] {
  let items: unknown[];
  if (value instanceof Y.Array) items = value.toArray();
  // A plain array is how documents stored lists before they were Y.Arrays.
  else if (Array.isArray(value)) items = value;
  else {
    if (value !== undefined) repaired();
    return [];
  }
  const out: string[] = [];
  for (const item of items) {
    const fitted = typeof item === 'string' ? cutText(item, MAX_ITEM) : undefined;
    if (fitted !== item) repaired();
    if (fitted !== undefined) out.push(fitted);
  }
  if (out.length <= max) return out;
  repaired();
  return out.slice(0, max);
}

function readRecord(value: unknown, keys: readonly string[] | 'any', repaired: () => void): object {
  const map = value instanceof Y.Map ? (value as Y.Map<unknown>) : undefined;
  if (value !== undefined && !map) repaired();
  if (keys !== 'any') return Object.fromEntries(keys.map((key) => [key, map?.get(key) === true]));
  // Counters (votes) by participant id. JSON parsers drop a `__proto__` key, so it would not come back.
  const entries: [string, unknown][] = [];
  for (const [key, count] of map?.entries() ?? []) {
    const fitted =
      key.length > 0 && fitsLength(key, 64) && key !== '__proto__' ? countRule(count) : undefined;
    if (fitted !== count) repaired();
    if (fitted !== undefined) entries.push([key, fitted]);
  }
  return Object.fromEntries(entries.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}

/**
 * Reads an entity into plain data in Concept JSON shape. References to entities that no longer exist
 * (possible after concurrent edits) read as absent, so no reader ever sees a dangling link; values that do
 * not fit their field (written past the verbs) read as the field's default or cut to fit.
 */
export function readEntityFields(
  doc: Y.Doc,
  entity: EntityMap,
  spec: EntitySpec,
  options: ReadOptions = {},
): Record<string, unknown> {
  const id = entityKey(entity);
  const out: Record<string, unknown> = { id };
  const { onRepair } = options;
  const repaired = onRepair
    ? (field: string) => () => onRepair(`${spec.collection}[${id}].${field}`)
    : () => noop;
  for (const [field, fallback] of Object.entries(spec.scalars)) {
    const value = spec.texts?.includes(field) ? textValue(entity.get(field)) : entity.get(field);
    const target = spec.refs?.[field];
    if (target) {
      out[field] = typeof value === 'string' && isLive(doc, target, value) ? value : null;
      if (value != null && typeof value !== 'string') repaired(field)();
    } else {
      // A missing value reads as the default; the rule still gets it (a measure code must not be empty).
      const stored = value === undefined ? fallback : value;
      const fitted = spec.rules[field]?.(stored);
      out[field] = fitted === undefined ? fallback : fitted;
      if (fitted !== stored) repaired(field)();
    }
  }
  for (const [field, target] of Object.entries(spec.sets ?? {})) {
    const set = entity.get(field);
    if (set !== undefined && !(set instanceof Y.Map)) repaired(field)();
    const keys = set instanceof Y.Map ? [...set.keys()].filter((key) => isLive(doc, target, key)).sort() : [];
    const max = spec.limits?.[field] ?? keys.length;
    if (keys.length > max) repaired(field)();
    out[field] = keys.length > max ? keys.slice(0, max) : keys;
  }
  for (const field of spec.lists ?? []) {
    out[field] = readList(entity.get(field), spec.limits?.[field] ?? Infinity, repaired(field));
  }
  for (const [field, keys] of Object.entries(spec.records ?? {})) {
    out[field] = readRecord(entity.get(field), keys, repaired(field));
  }
  for (const field of spec.indicators ?? []) {
    out[field] = readIndicators(entity.get(field), spec.limits?.[field] ?? Infinity, repaired(field));
  }
  for (const field of spec.costLines ?? []) {
    out[field] = readCostLines(entity, field, spec.limits?.[field] ?? Infinity, repaired(field));
  }
  if (options.richText) {
    for (const field of spec.richText ?? []) {
      const fragment = entity.get(field);
      if (fragment !== undefined && !(fragment instanceof Y.XmlFragment)) repaired(field)();
      out[field] =
        fragment instanceof Y.XmlFragment ? readRichText(fragment, repaired(field)) : emptyRichText();
    }
  }
  return out;
}
