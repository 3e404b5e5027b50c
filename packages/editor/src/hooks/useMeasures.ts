import { keys, type Light, type MeasureJSON, readMeasures } from '@werkbank/concept';
import type * as Y from 'yjs';
import { readConceptSnapshot, useConceptSnapshot } from './useConceptSnapshot.ts';

// The collections a measure links to, so links to entities deleted concurrently disappear at once. Workshops
// and proposals are left out: votes change them many times a second in a workshop, and the only view of a
// measure's origin (MeasureOrigin) looks them up live itself.
const scope = { keys: [keys.MEASURES, keys.GOALS, keys.FIELDS_OF_ACTION, keys.PHENOMENA] };

function readLight(doc: Y.Doc): Light<MeasureJSON>[] {
  return readMeasures(doc);
}

/** Measures in concept order without descriptions, live; unchanged measures keep their identity. */
export function useMeasures(doc: Y.Doc): Light<MeasureJSON>[] {
  return useConceptSnapshot(doc, readLight, scope);
}

/** Reads now what `useMeasures` will return (see `readConceptSnapshot`); returns what lets it go. */
export function readMeasuresAhead(doc: Y.Doc): () => void {
  return readConceptSnapshot(doc, readLight, scope);
}
