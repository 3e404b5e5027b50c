import type { z } from 'zod';
import { HttpError } from './HttpError.ts';

/**
 * Validates a query string (give it a `.strict()` schema); a bad one is a 400 naming the parameter, e.g. `parts`,
 * also when the parameter is unknown.
 */
export function parseQuery<S extends z.ZodType>(schema: S, query: unknown): z.infer<S> {
  const result = schema.safeParse(query ?? {});
  if (result.success) return result.data;
  const issue = result.error.issues[0];
  const unknownKey = issue?.code === 'unrecognized_keys' ? issue.keys[0] : undefined;
  const name = unknownKey ?? String(issue?.path[0] ?? '');
  const message = unknownKey ? 'Unbekannter Parameter' : (issue?.message ?? 'ungültiger Wert');
  throw new HttpError(400, 'invalid-query', {
    message: name ? `${name}: ${message}` : message,
    messageEn: name ? `Invalid query parameter "${name}".` : 'Invalid query string.',
    path: name,
  });
}
