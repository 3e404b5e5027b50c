import * as Y from 'yjs';
import type { CostLineJSON } from '../json/conceptJsonSchema.ts';
import type { RichTextDoc } from '../json/richTextSchema.ts';
import { type CostLineMap, writeCostLines } from './costLineStore.ts';
import type { EntitySpec } from './entitySpecs.ts';
import { INDICATOR_FIELDS } from './entitySpecs.ts';
import type { EntityMap } from './entityStore.ts';
import { richTextNode, writeRichText } from './richText.ts';
import { sharedTextOf, writeSharedText } from './sharedText.ts';
import { writeList } from './writeList.ts';

/** Creates the nested Yjs types of a new entity, so editors and links can attach to them at once. */
export function initEntityTypes(entity: EntityMap, spec: EntitySpec): void {
  for (const field of Object.keys(spec.sets ?? {})) entity.set(field, new Y.Map<boolean>());
  for (const field of spec.lists ?? []) entity.set(field, new Y.Array<string>());
  for (const field of Object.keys(spec.records ?? {})) entity.set(field, new Y.Map<unknown>());
  for (const field of spec.indicators ?? []) entity.set(field, new Y.Array<Y.Map<string>>());
  for (const field of spec.costLines ?? []) entity.set(field, new Y.Map<CostLineMap>());
  for (const field of spec.richText ?? []) entity.set(field, new Y.XmlFragment());
  for (const field of spec.texts ?? []) entity.set(field, new Y.Text(String(spec.scalars[field] ?? '')));
}

/** A nested Y type of an entity, created when an older or partial entity lacks it. */
// biome-ignore lint/suspicious/noExplicitAny: Y types are invariant in their event type
export function nestedType<T extends Y.AbstractType<any>>(
  entity: EntityMap,
  field: string,
  create: () => T,
): T {
  const existing = entity.get(field);
  if (existing instanceof Y.AbstractType) return existing as T;
  const created = create();
  entity.set(field, created);
  return created;
}

/** Writes an indicator list, replacing the current one. */
export function writeIndicators(
  list: Y.Array<Y.Map<string>>,
  indicators: readonly Record<string, string>[],
): void {
  if (list.length > 0) list.delete(0, list.length);
  list.push(indicators.map((indicator) => indicatorMap(indicator)));
}

/** A new indicator Y.Map from plain values. */
export function indicatorMap(indicator: Record<string, string>): Y.Map<string> {
  const map = new Y.Map<string>();
  map.set('id', indicator.id ?? '');
  for (const key of INDICATOR_FIELDS) map.set(key, indicator[key] ?? '');
  return map;
}

/** Refuses invalid rich text in `data` before anything is written, so a refused change leaves no trace. */
export function checkRichTextFields(spec: EntitySpec, data: Record<string, unknown>, path = ''): void {
  for (const field of spec.richText ?? []) {
    if (data[field] !== undefined) richTextNode(data[field] as RichTextDoc, `${path}.${field}`);
  }
}

/**
 * Writes the fields present in `data` into an entity, each with its merge-friendly type (see EntitySpec).
 * `data` must already be validated; unknown keys are ignored.
 */
export function writeEntityFields(
  entity: EntityMap,
  spec: EntitySpec,
  data: Record<string, unknown>,
  path = '',
): void {
  for (const [field, value] of Object.entries(data)) {
    if (value === undefined) continue;
    if (spec.texts?.includes(field)) {
      writeSharedText(sharedTextOf(entity, field), value as string);
    } else if (field in spec.scalars) {
      entity.set(field, value);
    } else if (spec.sets && field in spec.sets) {
      const set = nestedType(entity, field, () => new Y.Map<boolean>());
      const wanted = new Set(value as string[]);
      for (const key of [...set.keys()]) if (!wanted.has(key)) set.delete(key);
      for (const key of wanted) if (!set.has(key)) set.set(key, true);
    } else if (spec.lists?.includes(field)) {
      writeList(entity, field, value as string[]);
    } else if (spec.records && field in spec.records) {
      const record = nestedType(entity, field, () => new Y.Map<unknown>());
      for (const [key, item] of Object.entries(value as Record<string, unknown>)) record.set(key, item);
    } else if (spec.indicators?.includes(field)) {
      writeIndicators(
        nestedType(entity, field, () => new Y.Array<Y.Map<string>>()),
        value as Record<string, string>[],
      );
    } else if (spec.costLines?.includes(field)) {
      writeCostLines(entity, field, value as CostLineJSON[]);
    } else if (spec.richText?.includes(field)) {
      writeRichText(
        nestedType(entity, field, () => new Y.XmlFragment()),
        value as RichTextDoc,
        `${path}.${field}`,
      );
    }
  }
}
