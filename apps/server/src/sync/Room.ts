import {
  CURRENT_DOC_SCHEMA_VERSION,
  docSchemaVersion,
  keys,
  purgeTrash,
  trimLoadedDoc,
} from '@werkbank/concept';
import type { FastifyBaseLogger } from 'fastify';
import * as syncProtocol from 'y-protocols/sync';
import * as Y from 'yjs';
import type { Metrics } from '../metrics/Metrics.ts';
import type { DocStore } from '../store/DocStore.ts';
import { admissionRefusal } from './admissionRefusal.ts';
import { CloseCode } from './CloseCode.ts';
import { Connection } from './Connection.ts';
import { type ClientMessage, decodeClientMessage } from './decodeClientMessage.ts';
import { encodeMessage } from './encodeMessage.ts';
import { loadDoc } from './loadDoc.ts';
import { MessageType } from './MessageType.ts';
import { migrateOnLoad } from './migrateOnLoad.ts';
import { ownerOnlyWrite } from './ownerOnlyWrite.ts';
import { PendingOwnerOnly } from './PendingOwnerOnly.ts';
import { ProtocolError } from './ProtocolError.ts';
import { RoomAwareness } from './RoomAwareness.ts';
import { SnapshotScheduler } from './SnapshotScheduler.ts';
import type { SyncOptions } from './SyncOptions.ts';
import { UpdateBatch } from './UpdateBatch.ts';

/** A store call slower than this blocks every socket for that long, so it is worth a log line. */
const SLOW_STORE_MS = 50;

/**
 * One loaded concept: its Y.Doc, presence and sockets. Every update is appended to the store before it is
 * applied or broadcast, so whatever a client received survives a killed process.
 */
export class Room {
  readonly conceptId: string;
  readonly doc: Y.Doc;
  readonly connections = new Set<Connection>();
  readonly #docs: DocStore;
  readonly #options: SyncOptions;
  readonly #awareness: RoomAwareness;
  readonly #snapshots: SnapshotScheduler;
  readonly #batch: UpdateBatch;
  readonly #pendingOwnerOnly = new PendingOwnerOnly();
  #destroyed = false;

  constructor(
    conceptId: string,
    docs: DocStore,
    options: SyncOptions,
    log: FastifyBaseLogger,
    metrics: Metrics,
  ) {
    this.conceptId = conceptId;
    this.#docs = docs;
    this.#options = options;
    const stored = docs.load(conceptId);
    this.doc = loadDoc(stored, log);
    this.#snapshots = new SnapshotScheduler(
      this.doc,
      (snapshot, uptoSeq) => docs.compact(conceptId, snapshot, uptoSeq),
      {
        ...options,
        lastSeq: stored.lastSeq,
        pending: stored.updates.length,
        bytes: [...stored.snapshot, ...stored.updates].reduce((sum, u) => sum + u.length, 0),
      },
      (error) => log.error({ event: 'compact-failed', err: error }, 'compaction failed'),
    );
    this.#batch = new UpdateBatch({
      store: (updates) => {
        const started = performance.now();
        this.#snapshots.stored(docs.appendMany(conceptId, updates), updates.length);
        const ms = performance.now() - started;
        metrics.updates.inc(updates.length);
        metrics.storeSeconds.observe(ms / 1000);
        if (ms > SLOW_STORE_MS)
          log.warn({ event: 'slow-store', ms: Math.round(ms), updates: updates.length }, 'slow disk');
      },
      apply: (conn, update) => this.#apply(conn, update),
      relay: (frame, except) => this.#broadcast(frame, except),
    });
    this.#awareness = new RoomAwareness(this.doc, options, () => this.connections);
    this.doc.on('update', (update: Uint8Array, origin: unknown) => this.#onUpdate(update, origin));
    this.doc.getMap(keys.WORKSHOPS).observe((event) => {
      const deleted = [...event.changes.keys.values()].some((change) => change.action === 'delete');
      if (deleted) setImmediate(() => this.#purgeHistory(log));
    });
    // After the update handler is attached, so each migration is stored like any change the server makes.
    migrateOnLoad(this.doc, log);
    // A snapshot stored before snapshots came in pieces with a summary is stored again in that form (once the
    // concept is quiet), so the next opening can be answered without loading it. Not one of a newer Werkbank.
    if (
      stored.snapshot.length > 0 &&
      !stored.summary &&
      docSchemaVersion(this.doc) <= CURRENT_DOC_SCHEMA_VERSION
    )
      this.#snapshots.rewrite();
    this.#emptyTrash(log);
    // A loaded concept stays in memory as long as anyone works on it: give back what decoding over-allocated.
    trimLoadedDoc(this.doc);
  }

  // What lay in the Papierkorb for more than 30 days goes for good when the concept is loaded; compacting then
  // drops the logged updates that still hold its content.
  #emptyTrash(log: FastifyBaseLogger): void {
    try {
      const purged = purgeTrash(this.doc);
      if (purged === 0) return;
      log.info({ event: 'trash-purged', count: purged }, 'elements deleted over 30 days ago removed');
      setImmediate(() => this.#purgeHistory(log));
    } catch (error) {
      log.error({ event: 'trash-purge-failed', err: error }, 'the Papierkorb could not be emptied');
    }
  }

  // Deleting a workshop deletes its proposals for good: compacting drops the logged updates that still hold
  // their text (Yjs keeps no deleted content in a snapshot), so no later copy of the database has them.
  #purgeHistory(log: FastifyBaseLogger): void {
    if (this.#destroyed) return;
    try {
      this.#batch.flush();
      this.#snapshots.compact();
    } catch (error) {
      log.error({ event: 'purge-failed', err: error }, 'compaction after a deletion for good failed');
    }
  }

  /** Adds a socket: sends sync step 1 and the current presence, then handles its queued frames. */
  join(conn: Connection, onLeft: () => void): void {
    const refusal = admissionRefusal(this.connections, conn, this.#options);
    if (refusal) {
      conn.close(CloseCode.tryAgainLater, refusal);
      return;
    }
    // Before anything is sent: a client answers the first message with its unsent edits.
    if (conn.schemaVersion !== null && conn.schemaVersion < docSchemaVersion(this.doc)) {
      conn.close(CloseCode.outdatedClient, 'client-outdated');
      return;
    }
    this.connections.add(conn);
    conn.send(encodeMessage(MessageType.sync, (e) => syncProtocol.writeSyncStep1(e, this.doc)));
    const presence = this.#awareness.encodeAll();
    if (presence) conn.send(presence);
    conn.attach(
      (frame) => this.#receive(conn, frame),
      () => {
        this.connections.delete(conn);
        this.#awareness.forget(conn);
        onLeft();
      },
    );
  }

  /** Writes a snapshot now if updates are waiting. */
  compact(): void {
    this.#snapshots.compact();
  }

  /** Frees the doc; with `keepState` false (concept deleted) nothing more is written. */
  destroy(keepState = true): void {
    this.#destroyed = true;
    if (keepState) {
      this.#batch.flush();
      this.#snapshots.compact();
    }
    this.#batch.stop();
    this.#snapshots.stop();
    this.#awareness.destroy();
    this.doc.destroy();
  }

  #receive(conn: Connection, frame: Uint8Array): void {
    let message: ClientMessage;
    try {
      message = decodeClientMessage(frame);
      if (message.kind === 'awareness') this.#awareness.apply(conn, message.update, message.entries);
    } catch (error) {
      if (!(error instanceof ProtocolError)) throw error;
      conn.refuse(error.closeCode, error.message, frame.length);
      return;
    }
    if (message.kind === 'sync-step1') {
      // Clients take this answer as proof that what they sent before it is saved (the web app's
      // "Alle Änderungen gespeichert"), so the updates still waiting in this turn's batch are stored first.
      this.#batch.flush();
      conn.send(
        encodeMessage(MessageType.sync, (e) => syncProtocol.writeSyncStep2(e, this.doc, message.stateVector)),
      );
    } else if (message.kind === 'sync-update') {
      // Every client answers the server's step 1 with a step 2, mostly empty: nothing to store then.
      if (!conn.canWrite || message.empty) return;
      const ownerOnly =
        conn.link.role === 'owner' ? null : ownerOnlyWrite(this.doc, message.decoded, this.#batch.waiting);
      if (ownerOnly) {
        // Nothing of it is stored or relayed; the client keeps its change, so it must not reconnect and resend it.
        conn.refuse(CloseCode.forbidden, `${ownerOnly}-owner-only`, message.update.length);
        return;
      }
      if (this.#snapshots.bytes + this.#batch.bytes + message.update.length > this.#options.maxDocBytes) {
        conn.close(CloseCode.tooLarge, 'concept-too-large');
        return;
      }
      this.#batch.receive(conn, message.update);
    } else if (message.kind === 'query-awareness') {
      const presence = this.#awareness.encodeAll();
      if (presence) conn.send(presence);
    }
  }

  #apply(conn: Connection, update: Uint8Array): void {
    try {
      const owner = conn.link.role === 'owner';
      const reverted = this.#pendingOwnerOnly.apply(
        this.doc,
        owner,
        () => ownerOnlyWrite(this.doc, update) !== null,
        () => Y.applyUpdate(this.doc, update, conn),
      );
      if (reverted.length > 0)
        conn.log.warn(
          { event: 'owner-only-reverted', keys: reverted },
          'a pending owner-only change put back',
        );
    } catch (error) {
      conn.log.error(
        { event: 'ws-apply-failed', err: error, bytes: update.length },
        'update could not be applied',
      );
      conn.close(CloseCode.malformed, 'update-not-applicable');
    }
  }

  #onUpdate(update: Uint8Array, origin: unknown): void {
    const conn = origin instanceof Connection ? origin : null;
    // Updates from sockets were stored before they were applied; the server's own changes are stored here.
    if (!conn) this.#snapshots.stored(this.#docs.append(this.conceptId, update));
    this.#snapshots.grew(update.length);
    this.#batch.changed(update, conn);
  }

  #broadcast(frame: Uint8Array, except: Connection | null): void {
    for (const conn of this.connections) if (conn !== except) conn.send(frame);
  }
}
