import { describe, expect, it } from 'vitest';
import { uniqueCodes } from './uniqueCodes.ts';

describe('uniqueCodes', () => {
  it('keeps the first of clashing codes and suffixes later ones without hitting existing codes', () => {
    const codes = uniqueCodes([{ code: 'M-01' }, { code: 'm-01' }, { code: 'M-01-2' }, { code: 'M-01' }]).map(
      (m) => m.code,
    );
    expect(codes).toEqual(['M-01', 'm-01-3', 'M-01-2', 'M-01-4']);
    expect(new Set(codes.map((c) => c.toLowerCase())).size).toBe(codes.length);
  });

  it('returns the same objects when nothing clashes', () => {
    const measures = [{ code: 'M-01' }, { code: 'M-02' }];
    expect(uniqueCodes(measures)[1]).toBe(measures[1]);
  });

  it('shortens a code at the 32-character limit to make room for its suffix', () => {
    const long = 'X'.repeat(32);
    expect(uniqueCodes([{ code: long }, { code: long }]).map((m) => m.code)).toEqual([
      long,
      `${'X'.repeat(30)}-2`,
    ]);
  });
});
