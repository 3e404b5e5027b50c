import type { FastifyBaseLogger } from 'fastify';

/** Paths named in one log line at most; the count says how many there were. */
const MAX_PATHS = 50;

/**
 * Warns that reading a concept repaired stored values, naming their paths (collection, entity id, field) but
 * no content, so an operator notices an editor writing past the verbs before a backup is needed.
 */
export function logRepairs(log: FastifyBaseLogger, conceptId: string, paths: readonly string[]): void {
  if (paths.length === 0) return;
  const unique = [...new Set(paths)];
  log.warn(
    {
      event: 'concept-repaired-on-read',
      concept: conceptId,
      count: unique.length,
      paths: unique.slice(0, MAX_PATHS),
    },
    'stored values did not fit Concept JSON and were read repaired',
  );
}
