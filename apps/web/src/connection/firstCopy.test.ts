import * as encoding from 'lib0/encoding';
import { describe, expect, it } from 'vitest';
import { readPieces } from './firstCopy.ts';

function body(pieces: number[][], extra: number[] = []): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, pieces.length);
  for (const piece of pieces) encoding.writeVarUint8Array(encoder, new Uint8Array(piece));
  for (const byte of extra) encoding.writeUint8(encoder, byte);
  return encoding.toUint8Array(encoder);
}

describe('readPieces', () => {
  it('reads the pieces of an answer in order, each in a buffer of its own', () => {
    const pieces = readPieces(body([[1, 2, 3], [], [4]]));
    expect(pieces.map((piece) => [...piece])).toEqual([[1, 2, 3], [], [4]]);
    // A view into the answer would be stored in IndexedDB with the whole answer's buffer.
    for (const piece of pieces) expect(piece.buffer.byteLength).toBe(piece.byteLength);
  });

  it('refuses a body that is cut short or runs on after the last piece', () => {
    const whole = body([[1, 2, 3]]);
    expect(() => readPieces(whole.subarray(0, whole.length - 1))).toThrow();
    expect(() => readPieces(body([[1]], [9]))).toThrow(/after the last piece/);
  });
});
