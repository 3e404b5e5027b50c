import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { conceptErrorOf, paragraphs } from '../../test/factories.ts';
import { readChecklist, readMeta } from '../json/readers.ts';
import { toJSON } from '../json/toJSON.ts';
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
});
