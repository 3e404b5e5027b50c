import type Database from 'better-sqlite3';

/** A concept's persisted Yjs state: the last snapshot and the updates appended since. */
export interface StoredDoc {
  snapshot: Uint8Array | null;
  updates: Uint8Array[];
  lastSeq: number;
}

/**
 * The Yjs state of every concept: an append-only log of updates, compacted into one snapshot per concept.
 * Every call is a synchronous SQLite write, so a returned call is durable.
 */
export class DocStore {
  readonly #snapshot: Database.Statement<[string], { data: Buffer }>;
  readonly #updates: Database.Statement<[string], { seq: number; data: Buffer }>;
  readonly #append: Database.Statement<[string, Uint8Array]>;
  readonly #appendMany: (conceptId: string, updates: readonly Uint8Array[]) => number;
  readonly #compact: (conceptId: string, snapshot: Uint8Array, uptoSeq: number) => void;

  constructor(db: Database.Database) {
    this.#snapshot = db.prepare('SELECT data FROM doc_snapshots WHERE concept_id = ?');
    this.#updates = db.prepare('SELECT seq, data FROM doc_updates WHERE concept_id = ? ORDER BY seq');
    this.#append = db.prepare('INSERT INTO doc_updates (concept_id, data) VALUES (?, ?)');
    this.#appendMany = db.transaction((conceptId: string, updates: readonly Uint8Array[]) => {
      let seq = 0;
      for (const update of updates) seq = Number(this.#append.run(conceptId, update).lastInsertRowid);
      return seq;
    });
    const upsert = db.prepare<[string, Uint8Array, string]>(
      `INSERT INTO doc_snapshots (concept_id, data, updated_at) VALUES (?, ?, ?)
       ON CONFLICT(concept_id) DO UPDATE SET data = excluded.data, updated_at = excluded.updated_at`,
    );
    const prune = db.prepare<[string, number]>('DELETE FROM doc_updates WHERE concept_id = ? AND seq <= ?');
    this.#compact = db.transaction((conceptId: string, snapshot: Uint8Array, uptoSeq: number) => {
      upsert.run(conceptId, snapshot, new Date().toISOString());
      prune.run(conceptId, uptoSeq);
    });
  }

  /** The snapshot and every update after it, in order. */
  load(conceptId: string): StoredDoc {
    const snapshot = this.#snapshot.get(conceptId)?.data ?? null;
    const rows = this.#updates.all(conceptId);
    return {
      snapshot: snapshot && new Uint8Array(snapshot),
      updates: rows.map((row) => new Uint8Array(row.data)),
      lastSeq: rows.at(-1)?.seq ?? 0,
    };
  }

  /** Appends one update; returns its sequence number. */
  append(conceptId: string, update: Uint8Array): number {
    return Number(this.#append.run(conceptId, update).lastInsertRowid);
  }

  /** Appends several updates in one transaction (one commit, one fsync); returns the last sequence number. */
  appendMany(conceptId: string, updates: readonly Uint8Array[]): number {
    return this.#appendMany(conceptId, updates);
  }

  /** Replaces the snapshot and deletes the updates it contains (up to `uptoSeq`), in one transaction. */
  compact(conceptId: string, snapshot: Uint8Array, uptoSeq: number): void {
    this.#compact(conceptId, snapshot, uptoSeq);
  }
}
