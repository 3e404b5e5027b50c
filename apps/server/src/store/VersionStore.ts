import type { ConceptJSON } from '@werkbank/concept';
import type Database from 'better-sqlite3';

/** The frozen Concept JSON of each saved version; its name and adoption live in the concept's Y.Doc. */
export class VersionStore {
  readonly #insert: Database.Statement<[string, string, string, string, string]>;
  readonly #get: Database.Statement<[string, string], { json: string }>;

  constructor(db: Database.Database) {
    this.#insert = db.prepare(
      'INSERT INTO versions (id, concept_id, name, created_at, json) VALUES (?, ?, ?, ?, ?)',
    );
    this.#get = db.prepare('SELECT json FROM versions WHERE concept_id = ? AND id = ?');
  }

  freeze(conceptId: string, id: string, name: string, createdAt: string, concept: ConceptJSON): void {
    this.#insert.run(id, conceptId, name, createdAt, JSON.stringify(concept));
  }

  /** The frozen Concept JSON, or undefined when this server holds no snapshot of it. */
  get(conceptId: string, id: string): ConceptJSON | undefined {
    const row = this.#get.get(conceptId, id);
    return row && (JSON.parse(row.json) as ConceptJSON);
  }
}
