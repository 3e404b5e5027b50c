const utf8 = new TextEncoder();

/**
 * A y-websocket wire frame in lib0's encoding: numbers as varuints, byte arrays and strings length-prefixed.
 * @example encodeFrame([0, 2, update]) // sync message, sub-type update
 */
export function encodeFrame(parts: readonly (number | Uint8Array | string)[]): Uint8Array {
  const bytes: number[] = [];
  const varUint = (value: number) => {
    let n = value;
    while (n > 0x7f) {
      bytes.push(0x80 | (n & 0x7f));
      n = Math.floor(n / 128);
    }
    bytes.push(n);
  };
  for (const part of parts) {
    if (typeof part === 'number') {
      varUint(part);
    } else {
      const data = typeof part === 'string' ? utf8.encode(part) : part;
      varUint(data.length);
      for (const byte of data) bytes.push(byte);
    }
  }
  return Uint8Array.from(bytes);
}
