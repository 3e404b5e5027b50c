/** The IndexedDB database that keeps a concept on this device. */
export function persistenceName(conceptId: string): string {
  return `werkbank-concept-${conceptId}`;
}
