import { act, render, renderHook } from '@testing-library/react';
import { addChapter, findEntity, keys, readRichText, updateMeasure, updateMeta } from '@werkbank/concept';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { smallConcept } from '../test/factories.ts';
import { changeSource } from './changeSource.ts';
import { readConceptSnapshot, useConceptSnapshot } from './useConceptSnapshot.ts';
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

const countScope = { keys: [keys.MEASURES] };
let reads = 0;
function readCount(doc: Y.Doc): number {
  reads++;
  return doc.getMap(keys.MEASURES).size;
}
function CountReader({ doc }: { doc: Y.Doc }) {
  return <span>{useConceptSnapshot(doc, readCount, countScope)}</span>;
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

  it('reads once for all readers of a first render, and not again when they subscribe', () => {
    const { doc, m1 } = smallConcept();
    reads = 0;
    const { container } = render(
      <>
        <CountReader doc={doc} />
        <CountReader doc={doc} />
        <CountReader doc={doc} />
      </>,
    );
    expect(container.textContent).toBe('222');
    expect(reads).toBe(1);
    act(() => updateMeasure(doc, m1, { lead: 'Jugendamt' }));
    expect(reads).toBe(2);
  });

  it('takes a read made ahead from the memo, past changes outside its scope, until let go', () => {
    const { doc, m1 } = smallConcept();
    reads = 0;
    const release = readConceptSnapshot(doc, readCount, countScope);
    // Someone types in a chapter meanwhile: outside the measures, so the read stays current.
    act(() => {
      addChapter(doc, { title: 'Ausgangslage' });
    });
    const { container } = render(<CountReader doc={doc} />);
    release();
    expect(container.textContent).toBe('2');
    expect(reads).toBe(1);
    act(() => updateMeasure(doc, m1, { lead: 'Jugendamt' }));
    expect(reads).toBe(2);
  });

  it('reads again what was read ahead once something within its scope changed', () => {
    const { doc, m1 } = smallConcept();
    reads = 0;
    const release = readConceptSnapshot(doc, readCount, countScope);
    updateMeasure(doc, m1, { lead: 'Jugendamt' });
    render(<CountReader doc={doc} />);
    release();
    expect(reads).toBe(2);
  });

  it('sees a change made while nobody listened', () => {
    const { doc, m1 } = smallConcept();
    const { result, unmount } = renderHook(() => useMeasures(doc));
    expect(result.current.find((m) => m.id === m1)?.lead).not.toBe('Stadtbibliothek');
    unmount();
    const source = changeSource(doc, { keys: [keys.MEASURES, keys.GOALS, keys.FIELDS_OF_ACTION] });
    const before = source.version();
    expect(source.version()).toBe(before);
    updateMeasure(doc, m1, { lead: 'Stadtbibliothek' });
    expect(source.version()).not.toBe(before);
    const again = renderHook(() => useMeasures(doc));
    expect(again.result.current.find((m) => m.id === m1)?.lead).toBe('Stadtbibliothek');
  });

  it('does not take a read made inside a transaction for the state after it', () => {
    const { doc, m1 } = smallConcept();
    const source = changeSource(doc, { keys: [keys.MEASURES] });
    let during = 0;
    doc.transact(() => {
      updateMeasure(doc, m1, { lead: 'Musikschule' });
      during = source.version();
      updateMeasure(doc, m1, { lead: 'Volkshochschule' });
    });
    expect(source.version()).not.toBe(during);
  });
});
