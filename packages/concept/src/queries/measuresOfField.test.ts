import { describe, expect, it } from 'vitest';
import { measuresOfField } from './measuresOfField.ts';

const measures = [
  { id: 'a', primaryFieldId: 'sport', secondaryFieldIds: ['kultur'] },
  { id: 'b', primaryFieldId: 'kultur', secondaryFieldIds: [] },
  { id: 'c', primaryFieldId: null, secondaryFieldIds: ['kultur', 'sport'] },
];

describe('measuresOfField', () => {
  it('lists the measures whose primary field it is, in concept order', () => {
    expect(measuresOfField(measures, 'kultur').map((m) => m.id)).toEqual(['b']);
    expect(measuresOfField(measures, 'sport').map((m) => m.id)).toEqual(['a']);
  });

  it('adds those listing it as secondary field when asked, still in concept order', () => {
    expect(measuresOfField(measures, 'kultur', true).map((m) => m.id)).toEqual(['a', 'b', 'c']);
    expect(measuresOfField(measures, 'bildung', true)).toEqual([]);
  });
});
