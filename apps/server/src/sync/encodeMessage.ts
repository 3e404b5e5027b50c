import * as encoding from 'lib0/encoding';

/** A y-websocket frame: the message type, then whatever `write` adds. */
export function encodeMessage(type: number, write: (encoder: encoding.Encoder) => void): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, type);
  write(encoder);
  return encoding.toUint8Array(encoder);
}
