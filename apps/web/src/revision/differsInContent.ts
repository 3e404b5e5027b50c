import type { ConceptComparison } from '@werkbank/concept';

// Where the process stands is working state: moving on to "Umsetzung" after the adoption changes no text.
const WORKING_META = new Set(['phase']);

/** Whether a comparison finds a change of content, not only of the phase the concept is in. */
export function differsInContent(c: ConceptComparison): boolean {
  if (c.identical) return false;
  const lists = [c.chapters, c.fieldsOfAction, c.goals, c.measures, c.actors];
  return (
    Boolean(c.vision) || lists.some((l) => l.length > 0) || c.meta.some((f) => !WORKING_META.has(f.field))
  );
}
