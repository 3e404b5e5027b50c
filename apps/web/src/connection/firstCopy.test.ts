import * as encoding from 'lib0/encoding';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fetchFirstCopyEarly, firstCopyFor } from './firstCopy.ts';
import { readPieces } from './readPieces.ts';

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

describe('fetchFirstCopyEarly', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
  });

  it('asks for a concept new on this device in the same task, not after the app has evaluated', () => {
    const fetch = vi.fn((_url: string, _init?: RequestInit) => new Promise<Response>(() => {}));
    vi.stubGlobal('fetch', fetch);
    fetchFirstCopyEarly('concept-1', 'token-1', true);
    expect(fetch).toHaveBeenCalledTimes(1);
    expect(fetch.mock.calls[0]?.[0]).toBe('/api/concepts/concept-1/state?pieces=1');
    expect(firstCopyFor('concept-1', 'token-1')).toBeDefined();
    expect(firstCopyFor('concept-1', 'another-token')).toBeUndefined();
  });
});
