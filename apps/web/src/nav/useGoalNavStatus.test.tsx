import { renderHook } from '@testing-library/react';
import { addGoalIndicator, updateMeasure } from '@werkbank/concept';
import { useGoalTree, useMeasures } from '@werkbank/editor';
import { act } from 'react';
import { describe, expect, it } from 'vitest';
import { navConcept } from '../test/factories.tsx';
import { useGoalNavStatus } from './useGoalNavStatus.ts';

describe('useGoalNavStatus', () => {
  it('keeps the same map while measures change in ways no goal shows, and a new one when a status changes', () => {
    const { doc, m1, m2, h2 } = navConcept();
    const { result } = renderHook(() => useGoalNavStatus(useGoalTree(doc), useMeasures(doc)));
    const first = result.current;
    act(() => updateMeasure(doc, m1, { title: 'Fortbildung für Übungsleiter*innen', lead: 'Sportbund' }));
    expect(result.current).toBe(first);
    act(() => updateMeasure(doc, m2, { goalIds: [h2] }));
    expect(result.current).not.toBe(first);
    expect(result.current.get(h2)?.measures).toBe(1);
    const second = result.current;
    act(() => {
      addGoalIndicator(doc, h2, { name: 'Anfragen' });
    });
    expect(result.current.get(h2)?.indicators).toBe(2);
    expect(second.get(h2)?.indicators).toBe(1);
  });
});
