import { persistenceName } from '../connection/persistenceName.ts';

// Characters no file system accepts in a name.
const FORBIDDEN = '\\/:*?"<>|';

/** A concept's title made safe for a file name. */
function safeName(title: string): string {
  return (
    [...title]
      .map((c) => (c < ' ' || FORBIDDEN.includes(c) ? ' ' : c))
      .join('')
      .replace(/\s+/g, ' ')
      .trim()
      .slice(0, 80) || 'Konzept'
  );
}

/**
 * The concept as this device keeps it in IndexedDB, as Concept JSON in a file (what `POST /api/concepts/import`
 * takes): the way to keep edits the server no longer accepts. Yjs and the concept model load only when asked.
 */
export async function localCopyFile(
  conceptId: string,
  now = new Date(),
): Promise<{ name: string; blob: Blob }> {
  const [{ IndexeddbPersistence }, Y, { toJSON }] = await Promise.all([
    import('y-indexeddb'),
    import('yjs'),
    import('@werkbank/concept'),
  ]);
  const doc = new Y.Doc();
  const persistence = new IndexeddbPersistence(persistenceName(conceptId), doc);
  try {
    await persistence.whenSynced;
    const concept = toJSON(doc);
    const date = now.toISOString().slice(0, 10);
    return {
      name: `${safeName(concept.meta.title)} – Kopie dieses Geräts ${date}.json`,
      blob: new Blob([`${JSON.stringify(concept, null, 2)}\n`], { type: 'application/json' }),
    };
  } finally {
    await persistence.destroy();
    doc.destroy();
  }
}
