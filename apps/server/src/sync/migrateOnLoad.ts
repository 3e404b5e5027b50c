import { migrateDoc } from '@werkbank/concept';
import type { FastifyBaseLogger } from 'fastify';
import type * as Y from 'yjs';

/**
 * Brings a concept just loaded to the current document schema, with one log line for what it did. A failing
 * migration must not lock everyone out of the concept: it opens as it is, the error is logged, and the next load
 * tries again (migrations are idempotent).
 */
export function migrateOnLoad(doc: Y.Doc, log: FastifyBaseLogger): void {
  let report: ReturnType<typeof migrateDoc>;
  try {
    report = migrateDoc(doc);
  } catch (error) {
    log.error({ event: 'doc-migration-failed', err: error }, 'concept could not be migrated');
    return;
  }
  if (report.newer) {
    log.warn({ event: 'doc-schema-newer', version: report.from }, 'concept stored by a newer Werkbank');
  } else if (report.applied.length > 0) {
    log.info(
      { event: 'doc-migrated', from: report.from, to: report.to, migrations: report.applied },
      'concept migrated',
    );
  }
}
