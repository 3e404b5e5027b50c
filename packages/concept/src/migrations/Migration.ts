import type * as Y from 'yjs';

/** One step of the document's schema: what turns a document of `version - 1` into one of `version`. */
export interface Migration {
  /** The schema version a document has once this migration ran. */
  readonly version: number;
  /** A short name for logs. */
  readonly name: string;
  /**
   * Changes the document's content in place; the runner calls it inside the migration's transaction and writes
   * the version itself. Must be idempotent and must only add what is missing: replicas may still hold edits
   * made before the migration, and those must survive the merge.
   */
  migrate(doc: Y.Doc): void;
}
