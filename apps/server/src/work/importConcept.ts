import { fromJSON } from '@werkbank/concept';
import type { BuiltConcept } from '../concepts/BuiltConcept.ts';
import { buildConcept } from '../concepts/buildConcept.ts';
import { readImport } from '../concepts/readImport.ts';
import { parseJsonSafely } from './parseJsonSafely.ts';
import { toWorkFailure } from './toWorkFailure.ts';
import type { WorkResult } from './WorkFailure.ts';

/** Worker task: parses, validates and builds an import body (Concept JSON or a backup). */
export function importConcept(body: Uint8Array): WorkResult<BuiltConcept> {
  try {
    const { concept, snapshots } = readImport(parseJsonSafely(Buffer.from(body).toString('utf8')));
    return { ok: true, value: buildConcept(fromJSON(concept), snapshots) };
  } catch (error) {
    const failure = toWorkFailure(error);
    if (!failure) throw error;
    return { ok: false, failure };
  }
}
