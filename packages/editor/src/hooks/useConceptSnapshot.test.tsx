import { act, renderHook } from '@testing-library/react';
import { addChapter, findEntity, keys, readRichText, updateMeasure, updateMeta } from '@werkbank/concept';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { smallConcept } from '../test/factories.ts';
import { useMeasures } from './useMeasures.ts';
import { useMeta } from './useMeta.ts';

function counted<T>(hook: () => T) {
  let renders = 0;
  const result = renderHook(() => {
    renders++;
    return hook();
  });
  return { result: result.result, renders: () => renders };
}

describe('useConceptSnapshot', () => {
  it('keeps the identity of unchanged entities', () => {
    const { doc, m1, m2 } = smallConcept();
    const { result } = renderHook(() => useMeasures(doc));
    const [before1, before2] = result.current;
    act(() => updateMeasure(doc, m2, { lead: 'Schulamt' }));
    const [after1, after2] = result.current;
    expect(after1).toBe(before1);
    expect(after2).not.toBe(before2);
    expect(after2?.lead).toBe('Schulamt');
    expect(after1?.goalIds).toBe(before1?.goalIds);
    expect(result.current.map((m) => m.id)).toEqual([m1, m2]);
  });

  it('does not re-render readers of a list while someone types in a description', () => {
    const { doc, m1 } = smallConcept();
    const { renders } = counted(() => useMeasures(doc));
    const fragment = findEntity(doc, keys.MEASURES, m1)?.get('description') as Y.XmlFragment;
    const start = renders();
    act(() => {
      const paragraph = new Y.XmlElement('paragraph');
      fragment.insert(0, [paragraph]);
      paragraph.insert(0, [new Y.XmlText('Wir bieten an …')]);
    });
    expect(readRichText(fragment).content?.[0]?.type).toBe('paragraph');
    expect(renders()).toBe(start);
  });

  it('ignores changes outside its collections', () => {
    const { doc } = smallConcept();
    const { result, renders } = counted(() => useMeta(doc));
    const start = renders();
    act(() => {
      addChapter(doc, { title: 'Ausgangslage' });
    });
    expect(renders()).toBe(start);
    act(() => updateMeta(doc, { title: 'Handlungskonzept Musterland' }));
    expect(result.current.title).toBe('Handlungskonzept Musterland');
  });
});
