import { describe, expect, it } from 'vitest';
import { countLines } from './countLines.ts';
import { textWidth } from './textWidth.ts';

describe('textWidth and countLines', () => {
  it('measures Arial: digits are 0.556 em, bold is wider', () => {
    expect(textWidth('0123456789', 20, false)).toBeCloseTo(10 * 556 * 0.2);
    expect(textWidth('Maßnahme', 22, true)).toBeGreaterThan(textWidth('Maßnahme', 22, false));
  });

  it('breaks at spaces greedily, at line breaks always, and splits words wider than the line', () => {
    const word = { size: 20, bold: false };
    const width = textWidth('aaaa aaaa', 20, false);
    expect(countLines([{ text: 'aaaa aaaa', ...word }], width)).toBe(1);
    expect(countLines([{ text: 'aaaa aaaa a', ...word }], width)).toBe(2);
    expect(countLines([{ text: 'aa\naa', ...word }], width)).toBe(2);
    expect(countLines([{ text: 'a'.repeat(30), ...word }], width)).toBe(4);
    expect(
      countLines(
        [
          { text: 'Bürger', ...word },
          { text: '*innen', size: 20, bold: true },
        ],
        width,
      ),
    ).toBe(2);
  });

  it('breaks at a tab as at a space of no width, and starts the first line where it is told', () => {
    const word = { size: 20, bold: false };
    const width = textWidth('aaaa aaaa', 20, false);
    expect(countLines([{ text: 'aaaa\taaaa', ...word }], width)).toBe(1);
    expect(countLines([{ text: 'aaaa\taaaaa', ...word }], width)).toBe(2);
    expect(countLines([{ text: 'aaaa aaaa', ...word }], width, 200)).toBe(2);
    expect(countLines([{ text: 'aaaa', ...word }], width, 200)).toBe(1);
  });
});
