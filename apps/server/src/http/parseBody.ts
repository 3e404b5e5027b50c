import type { z } from 'zod';
import { HttpError } from './HttpError.ts';

/** Validates a request body; a bad body is a 400 naming the first bad path, e.g. `meta.territoryType`. */
export function parseBody<S extends z.ZodType>(schema: S, body: unknown): z.infer<S> {
  const result = schema.safeParse(body);
  if (result.success) return result.data;
  const issue = result.error.issues[0];
  const path = (issue?.path ?? []).map(String).join('.');
  throw new HttpError(400, 'invalid-body', {
    message: path ? `${path}: ${issue?.message}` : (issue?.message ?? 'ungültige Eingabe'),
    messageEn: path ? `Invalid value at "${path}".` : 'Invalid request body.',
    path,
  });
}
