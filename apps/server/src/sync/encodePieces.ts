import * as encoding from 'lib0/encoding';

/** Pieces as one body: their number, then each with its length (lib0's varUint and varUint8Array). */
export function encodePieces(pieces: readonly Uint8Array[]): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, pieces.length);
  for (const piece of pieces) encoding.writeVarUint8Array(encoder, piece);
  return encoding.toUint8Array(encoder);
}
