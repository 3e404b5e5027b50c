/** A random entity id (96 bits, hex). Works outside secure contexts, unlike `crypto.randomUUID`. */
export function createId(): string {
  const bytes = new Uint8Array(12);
  globalThis.crypto.getRandomValues(bytes);
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}
