import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { fromJSON } from '../json/fromJSON.ts';
import { EDIT_LOG, MEASURES, VISION } from '../model/keys.ts';
import { sampleConcept } from '../sample/sampleConcept.ts';
import { deleteMeasure, updateMeasure } from '../verbs/measureVerbs.ts';
import { changesSince, EDIT_LOG_ORIGIN, partsOfChange, readEditLog, recordEdits } from './editLog.ts';

function concept() {
  const json = sampleConcept({ fields: 2, goals: 2, measures: 3 });
  return { doc: fromJSON(json), json };
}

/** The parts every transaction of `edit` touched, as a watcher of `afterTransaction` sees them. */
function partsTouchedBy(doc: Y.Doc, edit: () => void): string[] {
  const parts = new Set<string>();
  const listener = (transaction: Y.Transaction) => {
    for (const [type, keys] of transaction.changed)
      for (const part of partsOfChange(doc, type as Y.AbstractType<unknown>, keys)) parts.add(part);
  };
  doc.on('afterTransaction', listener);
  edit();
  doc.off('afterTransaction', listener);
  return [...parts];
}

describe('partsOfChange', () => {
  it('names the measure whose field changed, the vision, and nothing for working state', () => {
    const { doc, json } = concept();
    const measure = json.measures[0]?.id as string;
    expect(partsTouchedBy(doc, () => updateMeasure(doc, measure, { lead: 'Jugendamt' }))).toEqual([
      `${MEASURES}:${measure}`,
    ]);
    const vision = doc.getXmlFragment(VISION);
    expect(partsTouchedBy(doc, () => vision.insert(0, [new Y.XmlText('Offen')]))).toEqual([VISION]);
    expect(partsTouchedBy(doc, () => doc.getMap('checklist').set('x', true))).toEqual([]);
  });

  it('names an entity added to or removed from its collection', () => {
    const { doc, json } = concept();
    const measure = json.measures[1]?.id as string;
    expect(partsTouchedBy(doc, () => doc.getMap(MEASURES).delete(measure))).toEqual([
      `${MEASURES}:${measure}`,
    ]);
  });
});

describe('recordEdits and changesSince', () => {
  const device = { name: 'Aylin', device: 'dev-a' };
  const other = { name: 'Jonas', device: 'dev-b' };

  it('lists what others changed after the visit, newest first, with every name, and not one’s own', () => {
    const { doc, json } = concept();
    const [m1, m2] = json.measures.map((m) => `${MEASURES}:${m.id}`) as [string, string];
    recordEdits(doc, [m1], other, new Date('2026-12-01T09:00:00Z'));
    recordEdits(doc, [m2, VISION], other, new Date('2026-12-02T10:00:00Z'));
    recordEdits(doc, [VISION], { name: 'Rana', device: 'dev-c' }, new Date('2026-12-02T11:00:00Z'));
    recordEdits(doc, [m1], device, new Date('2026-12-03T08:00:00Z'));
    expect(changesSince(doc, '2026-12-01T12:00:00Z', device.device)).toEqual([
      { part: VISION, people: ['Rana', 'Jonas'], at: '2026-12-02T11:00:00.000Z' },
      { part: m2, people: ['Jonas'], at: '2026-12-02T10:00:00.000Z' },
    ]);
    expect(changesSince(doc, '2026-12-04T00:00:00Z', device.device)).toEqual([]);
  });

  it('rewrites an entry at most every few minutes and keeps one entry per part and device', () => {
    const { doc } = concept();
    recordEdits(doc, [VISION], device, new Date('2026-12-01T09:00:00Z'));
    recordEdits(doc, [VISION], device, new Date('2026-12-01T09:03:00Z'));
    expect(readEditLog(doc)).toEqual([
      { part: VISION, by: 'Aylin', device: 'dev-a', at: '2026-12-01T09:00:00.000Z' },
    ]);
    recordEdits(doc, [VISION], device, new Date('2026-12-01T09:06:00Z'));
    expect(readEditLog(doc).map((e) => e.at)).toEqual(['2026-12-01T09:06:00.000Z']);
  });

  it('drops entries older than four months and malformed ones', () => {
    const { doc } = concept();
    doc.getMap(EDIT_LOG).set('junk', { part: 1 });
    recordEdits(doc, [VISION], other, new Date('2026-01-01T00:00:00Z'));
    recordEdits(doc, [VISION], device, new Date('2026-12-01T00:00:00Z'));
    expect(readEditLog(doc).map((e) => e.by)).toEqual(['Aylin']);
    expect(doc.getMap(EDIT_LOG).has('junk')).toBe(false);
  });

  it('leaves out parts that are in the Papierkorb', () => {
    const { doc, json } = concept();
    const id = json.measures[2]?.id as string;
    recordEdits(doc, [`${MEASURES}:${id}`], other, new Date('2026-12-02T10:00:00Z'));
    deleteMeasure(doc, id, { by: 'Jonas' });
    expect(changesSince(doc, '2026-12-01T00:00:00Z', device.device)).toEqual([]);
  });

  it('writes with its own origin, so watchers of edits can leave the log out', () => {
    const { doc } = concept();
    const origins: unknown[] = [];
    doc.on('afterTransaction', (t: Y.Transaction) => origins.push(t.origin));
    recordEdits(doc, [VISION], device);
    expect(origins).toEqual([EDIT_LOG_ORIGIN]);
  });
});
