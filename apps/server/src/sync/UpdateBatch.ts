import * as syncProtocol from 'y-protocols/sync';
import * as Y from 'yjs';
import { CloseCode } from './CloseCode.ts';
import type { Connection } from './Connection.ts';
import { encodeMessage } from './encodeMessage.ts';
import { MessageType } from './MessageType.ts';

/** What a batch does with its updates, in this order. */
interface BatchSteps {
  /** Appends the incoming updates to the store in one transaction; throws if that fails. */
  store(updates: Uint8Array[]): void;
  apply(conn: Connection, update: Uint8Array): void;
  relay(frame: Uint8Array, except: Connection | null): void;
}

/**
 * The updates of one event-loop turn. Incoming ones are stored in one transaction (one commit, one fsync),
 * then applied; the changes they make are relayed as one merged frame per socket. Under load this turns
 * n updates × m sockets into m frames; a lone update goes out as it came, to everyone but its sender.
 */
export class UpdateBatch {
  readonly #steps: BatchSteps;
  #incoming: { conn: Connection; update: Uint8Array }[] = [];
  #incomingBytes = 0;
  #changes: { update: Uint8Array; origin: Connection | null }[] = [];
  #scheduled: NodeJS.Immediate | null = null;
  #flushing = false;

  constructor(steps: BatchSteps) {
    this.#steps = steps;
  }

  /** Bytes received but not yet stored. */
  get bytes(): number {
    return this.#incomingBytes;
  }

  /** The updates received in this turn, stored and applied at its end. */
  get waiting(): Uint8Array[] {
    return this.#incoming.map((i) => i.update);
  }

  receive(conn: Connection, update: Uint8Array): void {
    this.#incoming.push({ conn, update });
    this.#incomingBytes += update.length;
    this.#schedule();
  }

  /** The doc changed by `update` (from `origin`, or the server itself when null): relay it. */
  changed(update: Uint8Array, origin: Connection | null): void {
    this.#changes.push({ update, origin });
    this.#schedule();
  }

  flush(): void {
    if (this.#scheduled) clearImmediate(this.#scheduled);
    this.#scheduled = null;
    const incoming = this.#incoming;
    this.#incoming = [];
    this.#incomingBytes = 0;
    // Applying emits the changes relayed just below; no further turn needed for them.
    this.#flushing = true;
    try {
      if (incoming.length > 0) this.#storeAndApply(incoming);
    } finally {
      this.#flushing = false;
    }
    const changes = this.#changes;
    this.#changes = [];
    if (changes.length === 1) {
      const [{ update, origin }] = changes as [{ update: Uint8Array; origin: Connection | null }];
      this.#steps.relay(
        encodeMessage(MessageType.sync, (e) => syncProtocol.writeUpdate(e, update)),
        origin,
      );
    } else if (changes.length > 1) {
      const merged = Y.mergeUpdates(changes.map((c) => c.update));
      this.#steps.relay(
        encodeMessage(MessageType.sync, (e) => syncProtocol.writeUpdate(e, merged)),
        null,
      );
    }
  }

  stop(): void {
    if (this.#scheduled) clearImmediate(this.#scheduled);
    this.#scheduled = null;
    this.#incoming = [];
    this.#changes = [];
  }

  #storeAndApply(incoming: { conn: Connection; update: Uint8Array }[]): void {
    try {
      this.#steps.store(incoming.map((i) => i.update));
    } catch (error) {
      // Not stored, so not applied: the senders still hold these changes and send them again on reconnect.
      for (const { conn } of incoming) {
        conn.log.error({ event: 'store-failed', err: error }, 'could not store update');
        conn.close(CloseCode.internalError, 'store-failed');
      }
      return;
    }
    for (const { conn, update } of incoming) this.#steps.apply(conn, update);
  }

  #schedule(): void {
    if (!this.#flushing) this.#scheduled ??= setImmediate(() => this.flush());
  }
}
