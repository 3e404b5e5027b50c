import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';

/** Pieces as one body: their number, then each with its length (lib0's varUint and varUint8Array). */
export function encodePieces(pieces: readonly Uint8Array[]): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, pieces.length);
  for (const piece of pieces) encoding.writeVarUint8Array(encoder, piece);
  return encoding.toUint8Array(encoder);
}

/** The pieces of a body `encodePieces` wrote (views into it, not copies). Throws on a body cut short. */
export function decodePieces(body: Uint8Array): Uint8Array[] {
  const decoder = decoding.createDecoder(body);
  const count = decoding.readVarUint(decoder);
  const pieces: Uint8Array[] = [];
  for (let i = 0; i < count; i++) pieces.push(decoding.readVarUint8Array(decoder));
  if (decoding.hasContent(decoder)) throw new Error('bytes after the last piece');
  return pieces;
}
