import { type ConceptJSON, parseConceptJSON } from '@werkbank/concept';
import { HttpError } from '../http/HttpError.ts';
import { parseBody } from '../http/parseBody.ts';
import { backupSchema } from './backupSchema.ts';
import { parseConceptAt } from './parseConceptAt.ts';

/** What an import brings: the concept and the frozen snapshots of its versions, by version id. */
export interface ImportedConcept {
  concept: ConceptJSON;
  snapshots: ReadonlyMap<string, ConceptJSON>;
}

/**
 * Validates the body of `POST /api/concepts/import`: plain Concept JSON, or a backup (it names its `format`,
 * which Concept JSON has not) whose snapshots must each be valid Concept JSON of a version the concept lists.
 */
export function readImport(body: unknown): ImportedConcept {
  if (!(typeof body === 'object' && body !== null && 'format' in body)) {
    return { concept: parseConceptJSON(body), snapshots: new Map() };
  }
  const backup = parseBody(backupSchema, body);
  const concept = parseConceptAt(backup.concept, 'concept');
  const listed = new Set(concept.versions.map((v) => v.id));
  const snapshots = new Map<string, ConceptJSON>();
  for (const [id, snapshot] of Object.entries(backup.versions)) {
    const path = `versions.${id}`;
    if (!listed.has(id)) throw new HttpError(400, 'unknown-version', { path });
    snapshots.set(id, parseConceptAt(snapshot, path));
  }
  return { concept, snapshots };
}
