import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { openDatabase } from './openDatabase.ts';

const OLD_SCHEMA = `
CREATE TABLE concepts (id TEXT PRIMARY KEY, created_at TEXT NOT NULL);
CREATE TABLE versions (
  id TEXT PRIMARY KEY,
  concept_id TEXT NOT NULL REFERENCES concepts(id) ON DELETE CASCADE,
  name TEXT NOT NULL,
  created_at TEXT NOT NULL,
  json TEXT NOT NULL
);
CREATE INDEX versions_by_concept ON versions(concept_id);
INSERT INTO concepts VALUES ('a', '2026-01-01T00:00:00.000Z'), ('b', '2026-01-01T00:00:00.000Z');
INSERT INTO versions VALUES ('v1', 'a', 'Ratsfassung', '2026-01-02T00:00:00.000Z', '{"frozen":true}');
`;

describe('keyVersionsByConcept', () => {
  let dataDir = '';
  afterEach(() => rmSync(dataDir, { recursive: true, force: true }));

  it('rekeys an older versions table by concept and version, keeping its rows', () => {
    dataDir = mkdtempSync(join(tmpdir(), 'werkbank-migrate-'));
    const old = new Database(join(dataDir, 'werkbank.sqlite'));
    old.exec(OLD_SCHEMA);
    old.close();

    const db = openDatabase(dataDir);
    expect(db.prepare('SELECT id, concept_id, name, json FROM versions').all()).toEqual([
      { id: 'v1', concept_id: 'a', name: 'Ratsfassung', json: '{"frozen":true}' },
    ]);
    // The same version id in another concept, as a restored backup brings it.
    db.prepare("INSERT INTO versions VALUES ('v1', 'b', 'Kopie', '2026-01-03T00:00:00.000Z', '{}')").run();
    expect(() =>
      db
        .prepare("INSERT INTO versions VALUES ('v1', 'a', 'Doppelt', '2026-01-03T00:00:00.000Z', '{}')")
        .run(),
    ).toThrow(/UNIQUE/);
    db.prepare("DELETE FROM concepts WHERE id = 'a'").run();
    expect(db.prepare('SELECT concept_id FROM versions').all()).toEqual([{ concept_id: 'b' }]);
    db.close();

    // Opening again leaves the new table as it is.
    const again = openDatabase(dataDir);
    expect(again.prepare('SELECT COUNT(*) AS n FROM versions').get()).toEqual({ n: 1 });
    again.close();
  });
});
