import { describe, expect, it } from 'vitest';
import { shiftPosition } from './shiftPosition.ts';

describe('shiftPosition', () => {
  it('keeps a caret before someone else’s insertion and moves one after it', () => {
    expect(shiftPosition('Sportbund', 'Stadtsportbund', 0)).toBe(0);
    expect(shiftPosition('Amt', 'Amt für Soziales', 3)).toBe(3);
    expect(shiftPosition('Amt Jugend', 'Amt für Jugend', 10)).toBe(14);
  });

  it('moves a caret inside a deleted stretch to where the stretch was', () => {
    expect(shiftPosition('Amt für Jugend', 'Amt Jugend', 6)).toBe(4);
  });
});
