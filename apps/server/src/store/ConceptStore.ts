import type Database from 'better-sqlite3';

/** The registry of concepts; every other table hangs off it and is deleted with it. */
export class ConceptStore {
  readonly #insert: Database.Statement<[string, string]>;
  readonly #exists: Database.Statement<[string], { id: string }>;
  readonly #delete: Database.Statement<[string]>;

  constructor(db: Database.Database) {
    this.#insert = db.prepare('INSERT INTO concepts (id, created_at) VALUES (?, ?)');
    this.#exists = db.prepare('SELECT id FROM concepts WHERE id = ?');
    this.#delete = db.prepare('DELETE FROM concepts WHERE id = ?');
  }

  create(id: string): void {
    this.#insert.run(id, new Date().toISOString());
  }

  exists(id: string): boolean {
    return this.#exists.get(id) !== undefined;
  }

  /** Deletes the concept with its updates, snapshot, links and versions. */
  delete(id: string): void {
    this.#delete.run(id);
  }
}
