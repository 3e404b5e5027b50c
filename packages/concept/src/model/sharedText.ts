import * as Y from 'yjs';
import type { EntitySpec } from './entitySpecs.ts';
import type { EntityMap } from './entityStore.ts';

/** What a text field holds as a string: a Y.Text's content, or the plain string older documents stored. */
export function textValue(value: unknown): unknown {
  return value instanceof Y.Text ? value.toString() : value;
}

/** Whether `field` of entities of `spec` is stored as a Y.Text. */
export function isSharedText(spec: EntitySpec, field: string): boolean {
  return spec.texts?.includes(field) === true;
}

/**
 * The Y.Text of a text field, turning the plain string an older document stored there into one (in the
 * caller's transaction). A raw client's non-string value is dropped.
 */
export function sharedTextOf(entity: EntityMap, field: string): Y.Text {
  const value = entity.get(field);
  if (value instanceof Y.Text) return value;
  const text = new Y.Text(typeof value === 'string' ? value : '');
  entity.set(field, text);
  return text;
}

/**
 * Makes `text` read `wanted` by deleting and inserting only the part between the common start and end, so a
 * concurrent edit elsewhere in the field survives the merge.
 */
export function writeSharedText(text: Y.Text, wanted: string): void {
  const current = text.toString();
  if (current === wanted) return;
  let start = 0;
  const shorter = Math.min(current.length, wanted.length);
  while (start < shorter && current.charCodeAt(start) === wanted.charCodeAt(start)) start++;
  let end = 0;
  while (
    end < shorter - start &&
    current.charCodeAt(current.length - 1 - end) === wanted.charCodeAt(wanted.length - 1 - end)
  )
    end++;
  // Never cut a surrogate pair in two: one half would be stored on its own.
  if (start > 0 && isHighSurrogate(current.charCodeAt(start - 1))) start--;
  if (end > 0 && isLowSurrogate(current.charCodeAt(current.length - end))) end--;
  const removed = current.length - start - end;
  if (removed > 0) text.delete(start, removed);
  const inserted = wanted.slice(start, wanted.length - end);
  if (inserted.length > 0) text.insert(start, inserted);
}

function isHighSurrogate(code: number): boolean {
  return code >= 0xd800 && code <= 0xdbff;
}

function isLowSurrogate(code: number): boolean {
  return code >= 0xdc00 && code <= 0xdfff;
}
