import * as decoding from 'lib0/decoding';
import { describe, expect, it } from 'vitest';
import { encodePieces } from './encodePieces.ts';

describe('encodePieces', () => {
  it('writes the pieces as their number, then each with its length', () => {
    const body = encodePieces([new Uint8Array([1, 2]), new Uint8Array([]), new Uint8Array([3])]);
    const decoder = decoding.createDecoder(body);
    const count = decoding.readVarUint(decoder);
    const read = Array.from({ length: count }, () => [...decoding.readVarUint8Array(decoder)]);
    expect(read).toEqual([[1, 2], [], [3]]);
    expect(decoding.hasContent(decoder)).toBe(false);
  });
});
