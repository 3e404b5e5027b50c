import { collection, keys, updateMeasure } from '@werkbank/concept';
import { describe, expect, it, vi } from 'vitest';
import * as Y from 'yjs';
import { sampleWithChapterBody as concept } from '../test/factories.tsx';
import { watchFirstLocalEdit } from './watchFirstLocalEdit.ts';

describe('watchFirstLocalEdit', () => {
  it('ignores a local rewrite of a body that keeps its text (an editor binding it), and changes from others', () => {
    const { doc, body, measure } = concept();
    const onEdit = vi.fn();
    const watch = watchFirstLocalEdit(doc, onEdit);
    const paragraph = body.get(0) as Y.XmlElement;
    doc.transact(() => paragraph.setAttribute('textAlign', 'left'), 'y-sync');
    const other = new Y.Doc();
    Y.applyUpdate(other, Y.encodeStateAsUpdate(doc));
    updateMeasure(other, measure.id, { title: 'Von jemand anderem' });
    Y.applyUpdate(doc, Y.encodeStateAsUpdate(other), 'remote');
    expect(onEdit).not.toHaveBeenCalled();
    watch.stop();
  });

  it('ignores an empty block the editor adds on opening (a trailing paragraph after a list)', () => {
    const { doc, body } = concept();
    const list = new Y.XmlElement('bulletList');
    const item = new Y.XmlElement('listItem');
    const inner = new Y.XmlElement('paragraph');
    inner.insert(0, [new Y.XmlText('offene Arbeitsgruppen')]);
    item.insert(0, [inner]);
    list.insert(0, [item]);
    body.insert(body.length, [list]);
    const onEdit = vi.fn();
    const watch = watchFirstLocalEdit(doc, onEdit);
    doc.transact(() => body.insert(body.length, [new Y.XmlElement('paragraph')]), 'y-sync');
    expect(onEdit).not.toHaveBeenCalled();
    doc.transact(
      () => (body.get(body.length - 1) as Y.XmlElement).insert(0, [new Y.XmlText('Neu')]),
      'y-sync',
    );
    expect(onEdit).toHaveBeenCalledTimes(1);
    watch.stop();
  });

  it('tells once at the first local text change, and undoes every local change since', () => {
    const { doc, body, measure } = concept();
    const onEdit = vi.fn();
    const watch = watchFirstLocalEdit(doc, onEdit);
    doc.transact(() => ((body.get(0) as Y.XmlElement).get(0) as Y.XmlText).insert(0, 'Ja: '), 'y-sync');
    expect(onEdit).toHaveBeenCalledTimes(1);
    updateMeasure(doc, measure.id, { lead: 'Jugendamt' });
    expect(onEdit).toHaveBeenCalledTimes(1);
    watch.undo();
    expect(body.toString()).not.toContain('Ja: ');
    expect(collection(doc, keys.MEASURES).get(measure.id)?.get('lead')?.toString()).toBe(measure.lead);
    watch.stop();
  });

  it('takes a change of a field outside the bodies as an edit', () => {
    const { doc, measure } = concept();
    const onEdit = vi.fn();
    watchFirstLocalEdit(doc, onEdit);
    updateMeasure(doc, measure.id, { title: 'Neu' });
    expect(onEdit).toHaveBeenCalledTimes(1);
  });
});
