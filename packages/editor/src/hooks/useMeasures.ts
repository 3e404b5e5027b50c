import { keys, type Light, type MeasureJSON, readMeasures } from '@werkbank/concept';
import type * as Y from 'yjs';
import { useConceptSnapshot } from './useConceptSnapshot.ts';

// Every collection a measure links to: the reader hides links to entities deleted concurrently.
const scope = {
  keys: [keys.MEASURES, keys.GOALS, keys.FIELDS_OF_ACTION, keys.PHENOMENA, keys.WORKSHOPS, keys.PROPOSALS],
};

function readLight(doc: Y.Doc): Light<MeasureJSON>[] {
  return readMeasures(doc);
}

/** Measures in concept order without descriptions, live; unchanged measures keep their identity. */
export function useMeasures(doc: Y.Doc): Light<MeasureJSON>[] {
  return useConceptSnapshot(doc, readLight, scope);
}
