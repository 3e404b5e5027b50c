import type * as Y from 'yjs';
import { z } from 'zod/mini';
import { revisionSchema } from '../json/conceptJsonSchema.ts';
import { lazySchema } from '../json/lazySchema.ts';
import { ConceptError } from '../model/ConceptError.ts';
import { ADOPTED_VERSION_ID, META, REVISION, STATUS } from '../model/keys.ts';
import { parseInput } from '../model/parseInput.ts';

const inputSchema = lazySchema(() =>
  z.object({
    name: revisionSchema.shape.name,
    startedAt: z.optional(revisionSchema.shape.startedAt),
  }),
);

/**
 * Begins the next revision (Fortschreibung) after the adopted version, under a name everyone sees; the concept's
 * status becomes `revision`. Adopting another version ends it (`currentRevision` reads null again).
 * @example startRevision(doc, { name: 'Fortschreibung 2027' })
 */
export function startRevision(doc: Y.Doc, input: { name: string; startedAt?: string }): void {
  const { name, startedAt } = parseInput(inputSchema, input, REVISION);
  const meta = doc.getMap<unknown>(META);
  const adopted = meta.get(ADOPTED_VERSION_ID);
  if (typeof adopted !== 'string')
    throw new ConceptError(
      'invalid-input',
      'Keine beschlossene Fassung: eine Fortschreibung folgt auf einen Beschluss',
      REVISION,
    );
  doc.transact(() => {
    meta.set(REVISION, { name, startedAt: startedAt ?? new Date().toISOString(), afterVersionId: adopted });
    meta.set(STATUS, 'revision');
  });
}
