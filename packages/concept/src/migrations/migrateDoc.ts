import type * as Y from 'yjs';
import { DOC_SCHEMA_VERSION, META } from '../model/keys.ts';
import { docSchemaVersion } from './docSchemaVersion.ts';
import type { Migration } from './Migration.ts';
import { CURRENT_DOC_SCHEMA_VERSION, migrations } from './migrations.ts';
import { transactYielding } from './transactYielding.ts';

/** What `migrateDoc` found and did. */
export interface MigrationReport {
  /** The version the document had. */
  from: number;
  /** The version it has now. */
  to: number;
  /** Names of the migrations that ran, in order. */
  applied: string[];
  /** The document is newer than this code: it was left alone, and this code must not write into it. */
  newer: boolean;
}

/**
 * Brings a concept's Y.Doc up to `CURRENT_DOC_SCHEMA_VERSION`. Each migration runs in its own transaction with
 * the migration itself as origin, and writes the new version in it. A current document is left untouched (no
 * update), so running it twice changes nothing; a document newer than this code is left alone and reported.
 * @example const report = migrateDoc(doc); if (report.newer) log.warn('document from a newer Werkbank');
 */
export function migrateDoc(doc: Y.Doc, steps: readonly Migration[] = migrations): MigrationReport {
  const from = docSchemaVersion(doc);
  const current = steps.at(-1)?.version ?? CURRENT_DOC_SCHEMA_VERSION;
  if (from > current) return { from, to: from, applied: [], newer: true };
  const applied: string[] = [];
  for (const step of steps) {
    if (step.version <= from) continue;
    transactYielding(
      doc,
      () => {
        step.migrate(doc);
        doc.getMap<unknown>(META).set(DOC_SCHEMA_VERSION, step.version);
      },
      step,
    );
    applied.push(step.name);
  }
  return { from, to: docSchemaVersion(doc), applied, newer: false };
}
