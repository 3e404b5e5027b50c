import { CURRENT_DOC_SCHEMA_VERSION } from '@werkbank/concept';
import type Database from 'better-sqlite3';
import { decodePieces, encodePieces } from '../sync/encodePieces.ts';
import {
  type SnapshotSummary,
  type StoredSnapshot,
  SUMMARY_FORMAT,
  SUMMARY_META_FIELDS,
} from './StoredSnapshot.ts';

/** A concept's persisted Yjs state: the last snapshot (its pieces) and the updates appended since. */
export interface StoredDoc {
  /** The snapshot's pieces, to apply in order; one for a snapshot stored before pieces, none without a snapshot. */
  snapshot: Uint8Array[];
  /** The snapshot's summary; null for a snapshot stored before summaries (and without a snapshot). */
  summary: SnapshotSummary | null;
  updates: Uint8Array[];
  lastSeq: number;
}

interface SnapshotRow {
  data: Buffer;
  pieces: number;
  summary: string | null;
}

/**
 * The Yjs state of every concept: an append-only log of updates, compacted into one snapshot per concept.
 * Every call is a synchronous SQLite write, so a returned call is durable.
 */
export class DocStore {
  readonly #snapshot: Database.Statement<[string], SnapshotRow>;
  readonly #summary: Database.Statement<[string], { summary: string | null; pending: number }>;
  readonly #updates: Database.Statement<[string], { seq: number; data: Buffer }>;
  readonly #append: Database.Statement<[string, Uint8Array]>;
  readonly #appendMany: (conceptId: string, updates: readonly Uint8Array[]) => number;
  readonly #compact: (conceptId: string, snapshot: StoredSnapshot, uptoSeq: number) => void;

  constructor(db: Database.Database) {
    this.#snapshot = db.prepare('SELECT data, pieces, summary FROM doc_snapshots WHERE concept_id = ?');
    this.#summary = db.prepare(
      `SELECT summary, EXISTS (SELECT 1 FROM doc_updates u WHERE u.concept_id = s.concept_id) AS pending
       FROM doc_snapshots s WHERE concept_id = ?`,
    );
    this.#updates = db.prepare('SELECT seq, data FROM doc_updates WHERE concept_id = ? ORDER BY seq');
    this.#append = db.prepare('INSERT INTO doc_updates (concept_id, data) VALUES (?, ?)');
    this.#appendMany = db.transaction((conceptId: string, updates: readonly Uint8Array[]) => {
      let seq = 0;
      for (const update of updates) seq = Number(this.#append.run(conceptId, update).lastInsertRowid);
      return seq;
    });
    const upsert = db.prepare<[string, Uint8Array, string, string]>(
      `INSERT INTO doc_snapshots (concept_id, data, pieces, summary, updated_at) VALUES (?, ?, 1, ?, ?)
       ON CONFLICT(concept_id) DO UPDATE SET data = excluded.data, pieces = 1, summary = excluded.summary,
         updated_at = excluded.updated_at`,
    );
    const prune = db.prepare<[string, number]>('DELETE FROM doc_updates WHERE concept_id = ? AND seq <= ?');
    this.#compact = db.transaction((conceptId: string, snapshot: StoredSnapshot, uptoSeq: number) => {
      const data = encodePieces(snapshot.pieces);
      upsert.run(conceptId, data, JSON.stringify(snapshot.summary), new Date().toISOString());
      prune.run(conceptId, uptoSeq);
    });
  }

  /** The snapshot and every update after it, in order. */
  load(conceptId: string): StoredDoc {
    const snapshot = this.#snapshot.get(conceptId);
    const rows = this.#updates.all(conceptId);
    return {
      snapshot: snapshot ? snapshotPieces(snapshot) : [],
      summary: snapshot ? readSummary(snapshot.summary) : null,
      updates: rows.map((row) => new Uint8Array(row.data)),
      lastSeq: rows.at(-1)?.seq ?? 0,
    };
  }

  /**
   * The summary of the concept's snapshot when nothing was stored after it (it is then the concept's summary);
   * null otherwise, and for a snapshot stored without one.
   */
  currentSummary(conceptId: string): SnapshotSummary | null {
    const row = this.#summary.get(conceptId);
    return row && !row.pending ? readSummary(row.summary) : null;
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
  compact(conceptId: string, snapshot: StoredSnapshot, uptoSeq: number): void {
    this.#compact(conceptId, snapshot, uptoSeq);
  }
}

// A copy of the stored bytes (SQLite's buffer may be a view into a larger one), then its pieces. Pieces that do not
// decode go to Yjs as one update, which fails and is logged like any stored update Yjs cannot apply (loadDoc).
function snapshotPieces(row: SnapshotRow): Uint8Array[] {
  const data = new Uint8Array(row.data);
  if (row.pieces !== 1) return [data];
  try {
    return decodePieces(data);
  } catch {
    return [data];
  }
}

// A summary only saves loading the concept: one that is not this server's (another format, damaged) counts as none.
function readSummary(json: string | null): SnapshotSummary | null {
  if (json === null) return null;
  let summary: unknown;
  try {
    summary = JSON.parse(json);
  } catch {
    return null;
  }
  const { format, schemaVersion, meta, trashPurgeAt } = (summary ?? {}) as Partial<SnapshotSummary>;
  const fits =
    format === SUMMARY_FORMAT &&
    Number.isInteger(schemaVersion) &&
    typeof meta === 'object' &&
    meta !== null &&
    SUMMARY_META_FIELDS.every((field) => typeof meta[field] === 'string') &&
    (trashPurgeAt === null || (typeof trashPurgeAt === 'string' && !Number.isNaN(Date.parse(trashPurgeAt))));
  return fits ? (summary as SnapshotSummary) : null;
}

/**
 * Whether a stored snapshot's summary lets the concept be answered from what is stored: written at the current
 * document schema version, and nothing in its Papierkorb due to go for good yet (loading the concept removes it).
 */
export function answersFromStore(
  summary: SnapshotSummary | null,
  now = Date.now(),
): summary is SnapshotSummary {
  return (
    summary !== null &&
    summary.schemaVersion === CURRENT_DOC_SCHEMA_VERSION &&
    (summary.trashPurgeAt === null || Date.parse(summary.trashPurgeAt) > now)
  );
}
