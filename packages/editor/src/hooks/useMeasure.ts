import type { Light, MeasureJSON } from '@werkbank/concept';
import { useMemo } from 'react';
import type * as Y from 'yjs';
import { useMeasures } from './useMeasures.ts';

/** One measure without its description, or undefined once it is deleted. */
export function useMeasure(doc: Y.Doc, id: string): Light<MeasureJSON> | undefined {
  const measures = useMeasures(doc);
  return useMemo(() => measures.find((m) => m.id === id), [measures, id]);
}
