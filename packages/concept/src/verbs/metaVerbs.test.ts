import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { conceptErrorOf, paragraphs, replicaOf } from '../../test/factories.ts';
import { readChecklist, readChecklistTicks, readMeta } from '../json/readers.ts';
import { toJSON } from '../json/toJSON.ts';
import { CHECKLIST_TICKS } from '../model/keys.ts';
import { setChecklistItem, setVision, updateMeta, visionFragment } from './metaVerbs.ts';

describe('updateMeta', () => {
  it('changes only the given meta fields', () => {
    const doc = new Y.Doc();
    updateMeta(doc, { title: 'Handlungskonzept', territory: 'Kreis Musterland', territoryType: 'kreis' });
    updateMeta(doc, { status: 'consultation', fundingPeriod: '2025–2027' });
    expect(readMeta(doc)).toMatchObject({
      title: 'Handlungskonzept',
      territory: 'Kreis Musterland',
      territoryType: 'kreis',
      status: 'consultation',
      fundingPeriod: '2025–2027',
    });
  });

  it('refuses invalid meta naming the path', () => {
    const doc = new Y.Doc();
    expect(conceptErrorOf(() => updateMeta(doc, { territoryType: 'bundesland' as never }))).toMatchObject({
      code: 'invalid-input',
      path: 'meta.territoryType',
    });
    expect(conceptErrorOf(() => updateMeta(doc, { owner: 'x' } as never)).code).toBe('invalid-input');
  });
});

describe('setVision', () => {
  it('replaces the vision text, which editors bind through visionFragment', () => {
    const doc = new Y.Doc();
    setVision(doc, paragraphs('Alle Menschen achten einander.'));
    setVision(doc, paragraphs('Alle Menschen achten einander.', 'Niemand wird ausgegrenzt.'));
    expect(toJSON(doc).vision).toEqual(
      paragraphs('Alle Menschen achten einander.', 'Niemand wird ausgegrenzt.'),
    );
    expect(visionFragment(doc).length).toBe(2);
  });

  it('refuses an unknown node and keeps the old text', () => {
    const doc = new Y.Doc();
    setVision(doc, paragraphs('bleibt'));
    const error = conceptErrorOf(() => setVision(doc, { type: 'doc', content: [{ type: 'iframe' }] }));
    expect(error).toMatchObject({ code: 'invalid-rich-text', path: 'vision' });
    expect(conceptErrorOf(() => setVision(doc, { type: 'paragraph' } as never)).path).toBe('vision.type');
    expect(toJSON(doc).vision).toEqual(paragraphs('bleibt'));
  });
});

describe('setChecklistItem', () => {
  it('marks items done and not done', () => {
    const doc = new Y.Doc();
    setChecklistItem(doc, 'auftrag-beschluss', true);
    setChecklistItem(doc, 'bestand-daten', true);
    setChecklistItem(doc, 'bestand-daten', false);
    expect(readChecklist(doc)).toEqual({ 'auftrag-beschluss': true, 'bestand-daten': false });
    expect(conceptErrorOf(() => setChecklistItem(doc, '', true)).path).toBe('checklist');
  });

  it('records who ticked an item and when, in the same transaction, and forgets it on untick', () => {
    const doc = new Y.Doc();
    let transactions = 0;
    doc.on('afterTransaction', () => transactions++);
    setChecklistItem(doc, 'bestand-daten', true, { by: 'Fachstelle', at: '2026-12-01T09:00:00.000Z' });
    expect(transactions).toBe(1);
    expect(readChecklistTicks(doc)).toEqual({
      'bestand-daten': { by: 'Fachstelle', at: '2026-12-01T09:00:00.000Z' },
    });
    setChecklistItem(doc, 'bestand-daten', false, { by: 'Fachstelle', at: '2026-12-02T09:00:00.000Z' });
    expect(readChecklistTicks(doc)).toEqual({});
    expect(doc.getMap(CHECKLIST_TICKS).size).toBe(0);
    expect(conceptErrorOf(() => setChecklistItem(doc, 'x', true, { by: 'A', at: '' })).path).toBe(
      'checklistTicks.at',
    );
  });

  it('keeps the tick of a concurrent tick when another replica unticks at the same time', () => {
    const a = new Y.Doc();
    setChecklistItem(a, 'bestand-daten', true, { by: 'A', at: '2026-12-01T09:00:00.000Z' });
    const b = replicaOf(a);
    setChecklistItem(a, 'bestand-daten', false);
    setChecklistItem(b, 'bestand-daten', true, { by: 'B', at: '2026-12-01T10:00:00.000Z' });
    Y.applyUpdate(a, Y.encodeStateAsUpdate(b));
    Y.applyUpdate(b, Y.encodeStateAsUpdate(a));
    expect(readChecklist(a)).toEqual(readChecklist(b));
    expect(readChecklistTicks(a)).toEqual(readChecklistTicks(b));
    // Whoever wins the flag, a done item never shows a stale name: ticks of undone items are not read.
    if (readChecklist(a)['bestand-daten']) expect(readChecklistTicks(a)['bestand-daten']?.by).toBe('B');
    else expect(readChecklistTicks(a)).toEqual({});
  });

  it('reads ticks that do not fit as absent', () => {
    const doc = new Y.Doc();
    setChecklistItem(doc, 'bestand-daten', true);
    setChecklistItem(doc, 'auftrag-beschluss', true);
    doc.getMap(CHECKLIST_TICKS).set('bestand-daten', { by: 42, at: 'gestern' });
    doc.getMap(CHECKLIST_TICKS).set('auftrag-beschluss', 'kaputt');
    const repairs: string[] = [];
    expect(readChecklistTicks(doc, { onRepair: (p) => repairs.push(p) })).toEqual({});
    expect(repairs).toEqual(['checklistTicks', 'checklistTicks']);
    expect(toJSON(doc).checklistTicks).toBeUndefined();
  });
});
