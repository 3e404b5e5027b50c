import type Database from 'better-sqlite3';
import type { Role } from '../auth/Role.ts';

/** A capability link as stored: the token itself is never kept, only its SHA-256 hash. */
export interface Link {
  id: string;
  conceptId: string;
  role: Role;
  label: string;
  createdAt: string;
  expiresAt: string | null;
  revokedAt: string | null;
  /** The one workshop a `workshop` link opens; null for every other role. */
  workshopId: string | null;
}

interface LinkRow {
  id: string;
  concept_id: string;
  role: Role;
  label: string;
  created_at: string;
  expires_at: string | null;
  revoked_at: string | null;
  workshop_id: string | null;
}

const COLUMNS = 'id, concept_id, role, label, created_at, expires_at, revoked_at, workshop_id';

function toLink(row: LinkRow): Link {
  return {
    id: row.id,
    conceptId: row.concept_id,
    role: row.role,
    label: row.label,
    createdAt: row.created_at,
    expiresAt: row.expires_at,
    revokedAt: row.revoked_at,
    workshopId: row.workshop_id,
  };
}

/** Capability links per concept, looked up by token hash. */
export class LinkStore {
  readonly #insert: Database.Statement<
    [string, string, Role, string, string, string, string | null, string | null]
  >;
  readonly #byHash: Database.Statement<[string], LinkRow>;
  readonly #byConcept: Database.Statement<[string], LinkRow>;
  readonly #revoke: Database.Statement<[string, string, string]>;

  constructor(db: Database.Database) {
    this.#insert = db.prepare(
      `INSERT INTO links (id, concept_id, role, label, token_hash, created_at, expires_at, workshop_id)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
    );
    this.#byHash = db.prepare(`SELECT ${COLUMNS} FROM links WHERE token_hash = ?`);
    this.#byConcept = db.prepare(
      `SELECT ${COLUMNS} FROM links WHERE concept_id = ? ORDER BY created_at, rowid`,
    );
    this.#revoke = db.prepare(
      'UPDATE links SET revoked_at = ? WHERE id = ? AND concept_id = ? AND revoked_at IS NULL',
    );
  }

  create(link: Omit<Link, 'revokedAt'>, tokenHash: string): Link {
    const { id, conceptId, role, label, createdAt, expiresAt, workshopId } = link;
    this.#insert.run(id, conceptId, role, label, tokenHash, createdAt, expiresAt, workshopId);
    return { ...link, revokedAt: null };
  }

  findByHash(tokenHash: string): Link | undefined {
    const row = this.#byHash.get(tokenHash);
    return row && toLink(row);
  }

  list(conceptId: string): Link[] {
    return this.#byConcept.all(conceptId).map(toLink);
  }

  /** Marks the link revoked; false when it does not exist or was already revoked. */
  revoke(conceptId: string, linkId: string): boolean {
    return this.#revoke.run(new Date().toISOString(), linkId, conceptId).changes > 0;
  }
}
