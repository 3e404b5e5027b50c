import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { DocStore } from './DocStore.ts';
import { LinkStore } from './LinkStore.ts';
import { migrateSchema } from './migrateSchema.ts';
import { migrations } from './migrations.ts';
import { openDatabase } from './openDatabase.ts';

// The links table as servers wrote it before schema versions were counted (user_version 0).
const SCHEMA_BEFORE_VERSIONS = `
CREATE TABLE concepts (id TEXT PRIMARY KEY, created_at TEXT NOT NULL);
CREATE TABLE links (
  id TEXT PRIMARY KEY,
  concept_id TEXT NOT NULL REFERENCES concepts(id) ON DELETE CASCADE,
  role TEXT NOT NULL,
  label TEXT NOT NULL,
  token_hash TEXT NOT NULL UNIQUE,
  created_at TEXT NOT NULL,
  expires_at TEXT,
  revoked_at TEXT
);
INSERT INTO concepts VALUES ('c1', '2026-01-01T00:00:00.000Z');
INSERT INTO links VALUES ('l1', 'c1', 'owner', 'Verwaltung', 'hash-1', '2026-01-01T00:00:00.000Z', NULL, NULL);
INSERT INTO links VALUES ('l2', 'c1', 'workshop', 'Konferenz', 'hash-2', '2026-01-02T00:00:00.000Z', NULL, '2026-01-03T00:00:00.000Z');
`;

describe('migrateSchema', () => {
  let dataDir = '';
  afterEach(() => rmSync(dataDir, { recursive: true, force: true }));

  function oldFile(): string {
    dataDir = mkdtempSync(join(tmpdir(), 'werkbank-schema-'));
    const old = new Database(join(dataDir, 'werkbank.sqlite'));
    old.exec(SCHEMA_BEFORE_VERSIONS);
    old.close();
    return dataDir;
  }

  it('opens a file of the old schema, keeps its links and adds links.workshop_id', () => {
    const db = openDatabase(oldFile());
    expect(db.pragma('user_version', { simple: true })).toBe(migrations.length);
    const columns = db.prepare<[], { name: string }>("SELECT name FROM pragma_table_info('links')").all();
    expect(columns.map((c) => c.name)).toContain('workshop_id');
    const links = new LinkStore(db);
    expect(links.list('c1').map((l) => [l.id, l.role, l.label, l.revokedAt, l.workshopId])).toEqual([
      ['l1', 'owner', 'Verwaltung', null, null],
      ['l2', 'workshop', 'Konferenz', '2026-01-03T00:00:00.000Z', null],
    ]);
    expect(links.findByHash('hash-1')?.id).toBe('l1');
    // Tables the old file lacked exist now.
    expect(db.prepare('SELECT COUNT(*) AS n FROM doc_updates').get()).toEqual({ n: 0 });
    db.close();

    const again = openDatabase(dataDir);
    expect(again.prepare('SELECT COUNT(*) AS n FROM links').get()).toEqual({ n: 2 });
    again.close();
  });

  it('keeps a snapshot stored before snapshots came in pieces: it loads as one piece without a summary', () => {
    dataDir = mkdtempSync(join(tmpdir(), 'werkbank-schema-'));
    const old = new Database(join(dataDir, 'werkbank.sqlite'));
    migrateSchema(old, migrations.slice(0, 3));
    old.prepare("INSERT INTO concepts VALUES ('c1', '2026-01-01T00:00:00.000Z')").run();
    old
      .prepare("INSERT INTO doc_snapshots VALUES ('c1', ?, '2026-01-01T00:00:00.000Z')")
      .run(new Uint8Array([0, 0]));
    old.prepare("INSERT INTO doc_updates (concept_id, data) VALUES ('c1', ?)").run(new Uint8Array([0, 1, 2]));
    old.close();

    const db = openDatabase(dataDir);
    expect(db.pragma('user_version', { simple: true })).toBe(migrations.length);
    const docs = new DocStore(db);
    expect(docs.load('c1')).toEqual({
      snapshot: [new Uint8Array([0, 0])],
      summary: null,
      updates: [new Uint8Array([0, 1, 2])],
      lastSeq: 1,
    });
    expect(docs.currentSummary('c1')).toBeNull();
    db.close();
  });

  it('gives a new file every step', () => {
    dataDir = mkdtempSync(join(tmpdir(), 'werkbank-schema-'));
    const db = openDatabase(dataDir);
    expect(db.pragma('user_version', { simple: true })).toBe(migrations.length);
    db.close();
  });

  it('runs only the steps a file has not seen, and rolls a failed step back whole', () => {
    const db = new Database(':memory:');
    const ran: number[] = [];
    migrateSchema(db, [() => ran.push(1)]);
    const failing = (d: Database.Database) => {
      d.exec('CREATE TABLE half (x)');
      throw new Error('disk on fire');
    };
    expect(() => migrateSchema(db, [() => ran.push(1), () => ran.push(2), failing])).toThrow('disk on fire');
    expect(ran).toEqual([1, 2]);
    expect(db.pragma('user_version', { simple: true })).toBe(2);
    expect(db.prepare("SELECT name FROM sqlite_master WHERE name = 'half'").get()).toBeUndefined();
    expect(() => migrateSchema(db, [() => ran.push(9)])).toThrow(/newer than this server/);
    db.close();
  });
});
