import * as Y from 'yjs';
import { DEFAULT_META } from '../src/json/readers.ts';
import {
  actorSpec,
  chapterSpec,
  type EntitySpec,
  fieldOfActionSpec,
  goalSpec,
  measureSpec,
  phenomenonSpec,
  proposalSpec,
  versionSpec,
  workshopSpec,
} from '../src/model/entitySpecs.ts';
import { ADOPTED_VERSION_ID, CHECKLIST, META, ORDER, VISION } from '../src/model/keys.ts';
import type { SampleRandom } from '../src/sample/sampleRandom.ts';
import { rawRichTextEdit } from './rawRichTextEdits.ts';
import { rawItem, rawString, rawValue } from './rawValues.ts';

const SPECS = [
  chapterSpec,
  fieldOfActionSpec,
  goalSpec,
  measureSpec,
  actorSpec,
  phenomenonSpec,
  workshopSpec,
  proposalSpec,
  versionSpec,
];

function fieldsOf(spec: EntitySpec): string[] {
  return [
    'id',
    ORDER,
    ...Object.keys(spec.scalars),
    ...Object.keys(spec.sets ?? {}),
    ...(spec.lists ?? []),
    ...Object.keys(spec.records ?? {}),
    ...(spec.indicators ?? []),
    ...(spec.costLines ?? []),
    ...(spec.costLines ? ['costs'] : []),
    ...(spec.richText ?? []),
  ];
}

function allIds(doc: Y.Doc): string[] {
  return SPECS.flatMap((spec) => [...doc.getMap(spec.collection).keys()]).sort();
}

interface Target {
  spec: EntitySpec;
  entity: Y.Map<unknown>;
}

function pickEntity(doc: Y.Doc, r: SampleRandom): Target | null {
  const spec = r.pick(SPECS);
  const entities = [...doc.getMap<unknown>(spec.collection).values()].filter((e) => e instanceof Y.Map);
  return entities.length === 0 ? null : { spec, entity: r.pick(entities) as Y.Map<unknown> };
}

/** A random key for a map: mostly one the readers know, sometimes an unknown or overlong one. */
function pickKey(known: readonly string[], r: SampleRandom): string {
  if (r.next() < 0.8 && known.length > 0) return r.pick(known);
  return r.pick(['', 'unbekannt', '__proto__', 'x'.repeat(r.pick([65, 121, 300]))]);
}

type RawEdit = (doc: Y.Doc, r: SampleRandom, ids: string[]) => void;

/** Writes an editor with a raw Yjs client could do, bypassing every verb; each a different kind of damage. */
export const rawEdits: Record<string, RawEdit> = {
  meta(doc, r, ids) {
    doc.getMap(META).set(pickKey([...Object.keys(DEFAULT_META), ADOPTED_VERSION_ID], r), rawValue(r, ids));
  },
  entityField(doc, r, ids) {
    const target = pickEntity(doc, r);
    target?.entity.set(pickKey(fieldsOf(target.spec), r), rawValue(r, ids));
  },
  entityFieldDeleted(doc, r) {
    const target = pickEntity(doc, r);
    target?.entity.delete(r.pick(fieldsOf(target.spec)));
  },
  collectionEntry(doc, r, ids) {
    const spec = r.pick(SPECS);
    const entity = new Y.Map<unknown>();
    const key = r.next() < 0.5 && ids.length > 0 ? r.pick(ids) : pickKey([`roh-${r.int(0, 99)}`], r);
    for (let i = r.int(0, 4); i > 0; i--) entity.set(pickKey(fieldsOf(spec), r), rawValue(r, ids));
    doc.getMap(spec.collection).set(key, r.next() < 0.7 ? entity : rawValue(r, ids));
  },
  nestedMap(doc, r, ids) {
    const target = pickEntity(doc, r);
    if (!target) return;
    const names = [...Object.keys(target.spec.sets ?? {}), ...Object.keys(target.spec.records ?? {})];
    if (names.length === 0) return;
    const name = r.pick(names);
    let map = target.entity.get(name);
    if (!(map instanceof Y.Map) || r.next() < 0.1) {
      map = new Y.Map<unknown>();
      target.entity.set(name, map);
    }
    const key = r.next() < 0.5 && ids.length > 0 ? r.pick(ids) : pickKey(['specific', 'timeBound'], r);
    (map as Y.Map<unknown>).set(key, rawValue(r, ids));
  },
  list(doc, r, ids) {
    const target = pickEntity(doc, r);
    const names = [...(target?.spec.lists ?? []), ...(target?.spec.indicators ?? [])];
    if (!target || names.length === 0) return;
    const name = r.pick(names);
    const list = target.entity.get(name);
    if (!(list instanceof Y.Array) || r.next() < 0.15) {
      target.entity.set(name, r.next() < 0.5 ? [rawValue(r, ids, 1), rawString(r)] : new Y.Array());
      return;
    }
    const item = list.length > 0 && r.next() < 0.3 ? list.get(r.int(0, list.length - 1)) : null;
    if (item instanceof Y.Map) item.set(pickKey(['id', 'name', 'unit', 'target'], r), rawValue(r, ids));
    else list.insert(r.int(0, list.length), [r.next() < 0.3 ? new Y.Map() : rawItem(r, ids)]);
  },
  costLine(doc, r, ids) {
    const measures = [...doc.getMap<unknown>(measureSpec.collection).values()].filter(
      (e) => e instanceof Y.Map,
    );
    if (measures.length === 0) return;
    const measure = r.pick(measures) as Y.Map<unknown>;
    let lines = measure.get('costLines');
    if (!(lines instanceof Y.Map) || r.next() < 0.1) {
      lines = new Y.Map<unknown>();
      measure.set('costLines', lines);
    }
    const map = lines as Y.Map<unknown>;
    const existing = [...map.entries()].filter(([, line]) => line instanceof Y.Map);
    if (existing.length > 0 && r.next() < 0.6) {
      const [, line] = r.pick(existing) as [string, Y.Map<unknown>];
      line.set(pickKey(['year', 'amount', 'source', ORDER], r), rawValue(r, ids));
    } else {
      const line = new Y.Map<unknown>();
      for (const key of ['year', 'amount', 'source', ORDER])
        if (r.next() < 0.7) line.set(key, rawValue(r, ids));
      map.set(pickKey([`k${r.int(0, 9)}`], r), r.next() < 0.8 ? line : rawValue(r, ids));
    }
  },
  checklist(doc, r, ids) {
    doc.getMap(CHECKLIST).set(pickKey(['mandat', 'beteiligung'], r), rawValue(r, ids));
  },
  richText(doc, r, ids) {
    const fragments: Y.XmlFragment[] = [doc.getXmlFragment(VISION)];
    for (const spec of SPECS)
      for (const entity of doc.getMap<unknown>(spec.collection).values())
        if (entity instanceof Y.Map)
          for (const field of spec.richText ?? []) {
            const fragment = entity.get(field);
            if (fragment instanceof Y.XmlFragment) fragments.push(fragment);
          }
    rawRichTextEdit(r.pick(fragments), r, ids);
  },
};

/** One raw edit of a random kind; returns its name. */
export function applyRawEdit(doc: Y.Doc, r: SampleRandom): string {
  const name = r.pick(Object.keys(rawEdits));
  rawEdits[name]?.(doc, r, allIds(doc));
  return name;
}
