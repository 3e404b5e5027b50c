import * as Y from 'yjs';
import type { EntitySpec } from './entitySpecs.ts';
import { INDICATOR_FIELDS } from './entitySpecs.ts';
import { type EntityMap, isLive } from './entityStore.ts';
import { ID } from './keys.ts';
import { emptyRichText, readRichText } from './richText.ts';

/** Options for reading an entity. */
export interface ReadOptions {
  /** Read rich-text bodies too (slower; lists and forms usually do not need them). */
  richText?: boolean;
}

/**
 * Reads an entity into plain data in Concept JSON shape. References to entities that no longer exist
 * (possible after concurrent edits) read as absent, so no reader ever sees a dangling link.
 */
export function readEntityFields(
  doc: Y.Doc,
  entity: EntityMap,
  spec: EntitySpec,
  options: ReadOptions = {},
): Record<string, unknown> {
  const out: Record<string, unknown> = { id: entity.get(ID) };
  for (const [field, fallback] of Object.entries(spec.scalars)) {
    const value = entity.get(field);
    out[field] = value === undefined ? fallback : value;
    const target = spec.refs?.[field];
    if (target && typeof value === 'string' && !isLive(doc, target, value)) out[field] = null;
  }
  for (const [field, target] of Object.entries(spec.sets ?? {})) {
    const set = entity.get(field);
    const keys = set instanceof Y.Map ? [...set.keys()] : [];
    out[field] = keys.filter((key) => isLive(doc, target, key)).sort();
  }
  for (const field of spec.lists ?? []) {
    const value = entity.get(field);
    // A plain array is how documents stored lists before they were Y.Arrays.
    out[field] = value instanceof Y.Array ? value.toArray() : Array.isArray(value) ? [...value] : [];
  }
  for (const [field, keys] of Object.entries(spec.records ?? {})) {
    const record = entity.get(field);
    const map = record instanceof Y.Map ? record : new Y.Map<unknown>();
    if (keys === 'any') {
      const entries = [...map.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
      out[field] = Object.fromEntries(entries);
    } else {
      out[field] = Object.fromEntries(keys.map((key) => [key, map.get(key) === true]));
    }
  }
  for (const field of spec.indicators ?? []) {
    const list = entity.get(field);
    const items = list instanceof Y.Array ? (list.toArray() as Y.Map<string>[]) : [];
    out[field] = items.map((item) => ({
      id: item.get('id') ?? '',
      ...Object.fromEntries(INDICATOR_FIELDS.map((key) => [key, item.get(key) ?? ''])),
    }));
  }
  if (options.richText) {
    for (const field of spec.richText ?? []) {
      const fragment = entity.get(field);
      out[field] = fragment instanceof Y.XmlFragment ? readRichText(fragment) : emptyRichText();
    }
  }
  return out;
}
