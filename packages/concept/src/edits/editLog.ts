import * as Y from 'yjs';
import {
  ACTORS,
  CHAPTERS,
  DELETED_AT,
  EDIT_LOG,
  FIELDS_OF_ACTION,
  GOALS,
  MEASURES,
  VISION,
} from '../model/keys.ts';

/** One line of the edit log: this device's person last edited this part at this time. */
export interface EditLogEntry {
  /** `vision`, or `<collection>:<id>` for a chapter, goal, measure, field of action or actor. */
  part: string;
  /** The display name the person had then. */
  by: string;
  /** A random id of the device (not of the person), so one's own edits can be told apart. */
  device: string;
  /** ISO time. */
  at: string;
}

/** Who wrote the part, and when last. */
export interface PartChange {
  part: string;
  people: string[];
  at: string;
}

// One entry per part and device, rewritten at most every few minutes: the log stays small while people type.
const REWRITE_AFTER_MS = 5 * 60 * 1000;
// What is older than this tells nobody anything about "since the last visit" any more.
const KEEP_MS = 120 * 24 * 60 * 60 * 1000;
const ENTITY_PARTS = new Set<string>([CHAPTERS, GOALS, MEASURES, FIELDS_OF_ACTION, ACTORS]);

/** The transaction origin of the log's own writes, so that watchers of local edits can leave them out. */
export const EDIT_LOG_ORIGIN = Symbol('edit-log');

function rootName(doc: Y.Doc, type: Y.AbstractType<unknown>): string | null {
  for (const [name, shared] of doc.share) if (shared === type) return name;
  return null;
}

/**
 * The parts a change to `type` touched (`changedKeys` are the keys changed in a map, as
 * `transaction.changed` gives them): `vision`, or `<collection>:<id>`; none for workshops, versions,
 * the checklist and other working state.
 */
export function partsOfChange(
  doc: Y.Doc,
  type: Y.AbstractType<unknown>,
  changedKeys: ReadonlySet<string | null>,
): string[] {
  let child: Y.AbstractType<unknown> = type;
  while (child.parent?.parent) child = child.parent as Y.AbstractType<unknown>;
  const root = child.parent ? (child.parent as Y.AbstractType<unknown>) : child;
  const name = rootName(doc, root);
  if (name === VISION) return [VISION];
  if (!name || !ENTITY_PARTS.has(name)) return [];
  if (root === child)
    return [...changedKeys].filter((key): key is string => key !== null).map((id) => `${name}:${id}`);
  const id = child._item?.parentSub;
  return id ? [`${name}:${id}`] : [];
}

function isEntry(value: unknown): value is EditLogEntry {
  if (!value || typeof value !== 'object') return false;
  const entry = value as Record<string, unknown>;
  return (
    typeof entry.part === 'string' &&
    typeof entry.by === 'string' &&
    typeof entry.device === 'string' &&
    typeof entry.at === 'string' &&
    !Number.isNaN(Date.parse(entry.at))
  );
}

/** Every well-formed entry of the log (a concept stored before it has none). */
export function readEditLog(doc: Y.Doc): EditLogEntry[] {
  const entries: EditLogEntry[] = [];
  for (const value of doc.getMap<unknown>(EDIT_LOG).values()) if (isEntry(value)) entries.push(value);
  return entries;
}

/**
 * Notes that the person on `device` edited `parts` at `now`. An entry younger than a few minutes is left as it
 * is, and entries older than four months are dropped, so typing adds almost nothing to the document.
 */
export function recordEdits(
  doc: Y.Doc,
  parts: Iterable<string>,
  who: { name: string; device: string },
  now: Date = new Date(),
): void {
  const log = doc.getMap<unknown>(EDIT_LOG);
  const time = now.getTime();
  doc.transact(() => {
    for (const part of new Set(parts)) {
      const key = `${part}|${who.device}`;
      const old = log.get(key);
      if (isEntry(old) && old.by === who.name && time - Date.parse(old.at) < REWRITE_AFTER_MS) continue;
      log.set(key, { part, by: who.name, device: who.device, at: now.toISOString() } satisfies EditLogEntry);
    }
    for (const [key, value] of log.entries())
      if (!isEntry(value) || time - Date.parse(value.at) > KEEP_MS) log.delete(key);
  }, EDIT_LOG_ORIGIN);
}

function isLivePart(doc: Y.Doc, part: string): boolean {
  if (part === VISION) return true;
  const [collection, id] = part.split(':');
  if (!collection || !id || !ENTITY_PARTS.has(collection)) return false;
  const entity = doc.getMap<unknown>(collection).get(id);
  return entity instanceof Y.Map && !entity.get(DELETED_AT);
}

/**
 * What others changed after `since` (ISO time): each part still there with the names of who edited it (the last
 * one first), newest first. Edits from `ownDevice` are left out.
 * @example changesSince(doc, '2026-12-01T09:00:00Z', device) // [{ part: 'vision', people: ['Aylin'], at: … }]
 */
export function changesSince(doc: Y.Doc, since: string, ownDevice: string): PartChange[] {
  const from = Date.parse(since);
  const byPart = new Map<string, Map<string, string>>();
  for (const entry of readEditLog(doc)) {
    if (entry.device === ownDevice || Date.parse(entry.at) <= from || !isLivePart(doc, entry.part)) continue;
    const people = byPart.get(entry.part) ?? new Map<string, string>();
    if ((people.get(entry.by) ?? '') < entry.at) people.set(entry.by, entry.at);
    byPart.set(entry.part, people);
  }
  const changes = [...byPart].map(([part, people]): PartChange => {
    // The one who edited last first.
    const latest = [...people].sort((a, b) => b[1].localeCompare(a[1]) || a[0].localeCompare(b[0]));
    return { part, people: latest.map(([name]) => name), at: latest[0]?.[1] ?? since };
  });
  return changes.sort((a, b) => b.at.localeCompare(a.at) || a.part.localeCompare(b.part));
}
