import { en } from 'zod/locales';
import { z } from 'zod/mini';
import { ConceptError } from './ConceptError.ts';

/** Validates `value` against `schema`; the error names the first bad path, e.g. `measures.3.code`. */
export function parseInput<S extends z.ZodMiniType>(schema: S, value: unknown, path = ''): z.infer<S> {
  // zod/mini registers no locale: keep zod's English messages unless the app chose one (the server: German).
  if (!z.config().localeError) z.config(en());
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  const issue = result.error.issues[0];
  const issuePath = [path, ...(issue?.path ?? []).map(String)].filter(Boolean).join('.');
  throw new ConceptError('invalid-input', issue?.message ?? 'ungültige Eingabe', issuePath);
}
