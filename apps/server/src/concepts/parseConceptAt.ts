import { ConceptError, type ConceptJSON, parseConceptJSON } from '@werkbank/concept';

/** parseConceptJSON for Concept JSON inside a larger body: error paths start at `at`, e.g. `concept.meta.title`. */
export function parseConceptAt(json: unknown, at: string): ConceptJSON {
  try {
    return parseConceptJSON(json);
  } catch (error) {
    if (!(error instanceof ConceptError)) throw error;
    const message = error.path ? error.message.slice(error.path.length + 2) : error.message;
    throw new ConceptError(error.code, message, error.path ? `${at}.${error.path}` : at);
  }
}
