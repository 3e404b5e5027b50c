import * as decoding from 'lib0/decoding';

/** The state in pieces (`GET …/state?pieces=1`): Yjs updates to apply one after another. */
export type StatePieces = readonly Uint8Array[];

/** The pieces of an answer: their number, then each with its length (lib0's varUint and varUint8Array). */
export function readPieces(body: Uint8Array): StatePieces {
  const decoder = decoding.createDecoder(body);
  const count = decoding.readVarUint(decoder);
  const pieces: Uint8Array[] = [];
  // Each piece in a buffer of its own: IndexedDB stores a view's whole buffer, which is the whole answer.
  for (let i = 0; i < count; i++) pieces.push(decoding.readVarUint8Array(decoder).slice());
  if (decoding.hasContent(decoder)) throw new Error('state pieces: unexpected bytes after the last piece');
  return pieces;
}
