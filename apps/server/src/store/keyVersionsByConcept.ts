import type Database from 'better-sqlite3';

/** The versions table: a version id is unique within its concept, and an import keeps the ids it brings. */
export const VERSIONS_TABLE = `CREATE TABLE IF NOT EXISTS versions (
  id TEXT NOT NULL,
  concept_id TEXT NOT NULL REFERENCES concepts(id) ON DELETE CASCADE,
  name TEXT NOT NULL,
  created_at TEXT NOT NULL,
  json TEXT NOT NULL,
  PRIMARY KEY (concept_id, id)
);`;

/**
 * Files written before backups carried snapshots keyed versions by `id` alone, so a concept restored on the
 * server it came from could not store its snapshots. Rebuilds that table with the key above, keeping every row.
 */
export function keyVersionsByConcept(db: Database.Database): void {
  const column = db
    .prepare<[], { pk: number }>("SELECT pk FROM pragma_table_info('versions') WHERE name = 'concept_id'")
    .get();
  if (!column || column.pk > 0) return;
  db.transaction(() => {
    db.exec('ALTER TABLE versions RENAME TO versions_by_id');
    db.exec(VERSIONS_TABLE);
    db.exec(
      'INSERT INTO versions (id, concept_id, name, created_at, json) SELECT id, concept_id, name, created_at, json FROM versions_by_id',
    );
    db.exec('DROP TABLE versions_by_id');
  })();
}
