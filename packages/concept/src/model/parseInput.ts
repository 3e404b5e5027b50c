import type { z } from 'zod';
import { ConceptError } from './ConceptError.ts';

/** Validates `value` against `schema`; the error names the first bad path, e.g. `measures.3.code`. */
export function parseInput<S extends z.ZodType>(schema: S, value: unknown, path = ''): z.infer<S> {
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  const issue = result.error.issues[0];
  const issuePath = [path, ...(issue?.path ?? []).map(String)].filter(Boolean).join('.');
  throw new ConceptError('invalid-input', issue?.message ?? 'ungültige Eingabe', issuePath);
}
