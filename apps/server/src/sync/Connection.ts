import type { FastifyBaseLogger } from 'fastify';
import WebSocket from 'ws';
import type { Metrics } from '../metrics/Metrics.ts';
import type { Link } from '../store/LinkStore.ts';
import { CloseCode } from './CloseCode.ts';
import type { SyncOptions } from './SyncOptions.ts';
import { TokenBucket } from './TokenBucket.ts';

const MAX_TIMER_MS = 2 ** 31 - 1;

/**
 * One sync socket: queues frames until a room takes them, rate-limits them with a token bucket (pausing the
 * socket rather than dropping anything), pings, and closes itself when its link expires.
 */
export class Connection {
  readonly ws: WebSocket;
  readonly link: Link;
  readonly log: FastifyBaseLogger;
  /**
   * The document schema version the client was built for (`?schema=`), or null for clients that do not say
   * (raw y-websocket clients, web apps built before schema versions).
   */
  schemaVersion: number | null = null;
  /** The client's address (behind a trusted proxy, the one it forwarded), for the per-address cap. */
  address = '';
  /** Awareness client ids this socket announced. */
  readonly clientIds = new Set<number>();
  readonly #options: SyncOptions;
  readonly #bucket: TokenBucket;
  readonly #queue: Buffer[] = [];
  #queuedBytes = 0;
  readonly #timers: NodeJS.Timeout[] = [];
  #handler: ((frame: Uint8Array) => void) | null = null;
  #onClosed: (() => void) | null = null;
  #resumeTimer: NodeJS.Timeout | null = null;
  #alive = true;
  #closed = false;
  /** Whether the reason for the close is already logged, so each close makes one log line. */
  #logged = false;

  readonly #metrics: Metrics | null;

  constructor(
    ws: WebSocket,
    link: Link,
    options: SyncOptions,
    log: FastifyBaseLogger,
    metrics: Metrics | null = null,
  ) {
    this.#metrics = metrics;
    this.ws = ws;
    this.link = link;
    this.log = log;
    this.#options = options;
    this.#bucket = new TokenBucket(options.rateBurst, options.ratePerSecond);
    ws.on('message', (data, isBinary) => this.#receive(data as Buffer, isBinary));
    ws.on('pong', () => {
      this.#alive = true;
    });
    ws.on('error', (error: Error & { code?: string }) => {
      this.log.warn({ event: 'ws-error', code: error.code, err: error.message }, 'socket error, closing');
      this.#logged = true;
    });
    ws.on('close', (code) => this.#finish(code));
    this.#timers.push(setInterval(() => this.#ping(), options.pingIntervalMs));
    if (link.expiresAt) this.#closeAt(Date.parse(link.expiresAt));
  }

  /** Writes allowed: owners and editors; a viewer's writes are dropped. */
  get canWrite(): boolean {
    return this.link.role === 'owner' || this.link.role === 'editor';
  }

  get isClosed(): boolean {
    return this.#closed;
  }

  /** Hands queued and future frames to `handler`; `onClosed` runs once when the socket goes. */
  attach(handler: (frame: Uint8Array) => void, onClosed: () => void): void {
    this.#handler = handler;
    this.#onClosed = onClosed;
    this.#drain();
  }

  send(frame: Uint8Array): void {
    if (this.#closed || this.ws.readyState !== WebSocket.OPEN) return;
    if (this.ws.bufferedAmount > this.#options.maxBufferedBytes) {
      this.close(CloseCode.tryAgainLater, 'too-slow');
      return;
    }
    this.ws.send(frame);
  }

  /** Closes with `code` and one log line; the room forgets this socket at once. */
  close(code: number, reason: string): void {
    if (this.#closed) return;
    this.log.info({ event: 'ws-close', code, reason }, 'closing socket');
    this.#shut(code, reason);
  }

  /** Closes because of a frame the server refuses, with one warning line that says why. */
  refuse(code: number, reason: string, bytes: number): void {
    if (this.#closed) return;
    this.log.warn({ event: 'ws-refused-message', code, reason, bytes }, 'refused a frame, closing socket');
    this.#shut(code, reason);
  }

  #shut(code: number, reason: string): void {
    this.#logged = true;
    this.#metrics?.refused.inc({ reason });
    this.ws.close(code, reason);
    this.#finish(code);
  }

  // setTimeout fires at once for delays over 2^31-1 ms (24.8 days): a link expiring later is waited for in steps.
  #closeAt(expiresAt: number): void {
    const remaining = expiresAt - Date.now();
    if (remaining <= 0) {
      this.close(CloseCode.unauthorized, 'token-expired');
      return;
    }
    this.#timers.push(setTimeout(() => this.#closeAt(expiresAt), Math.min(remaining, MAX_TIMER_MS)));
  }

  #receive(data: Buffer, isBinary: boolean): void {
    if (this.#closed) return;
    if (!isBinary) {
      this.close(CloseCode.unsupportedData, 'text-frame');
      return;
    }
    if (data.length > this.#options.maxMessageBytes) {
      this.refuse(CloseCode.messageTooLarge, 'message-too-large', data.length);
      return;
    }
    this.#queue.push(data);
    this.#queuedBytes += data.length;
    const { maxQueuedMessages, maxBufferedBytes } = this.#options;
    if (this.#queue.length > maxQueuedMessages || this.#queuedBytes > maxBufferedBytes) {
      this.close(CloseCode.policyViolation, 'rate-limit');
      return;
    }
    this.#drain();
  }

  #drain(): void {
    if (!this.#handler || this.#resumeTimer) return;
    while (this.#queue.length > 0 && !this.#closed) {
      if (!this.#bucket.take()) {
        this.ws.pause();
        this.#resumeTimer = setTimeout(() => {
          this.#resumeTimer = null;
          if (!this.#closed) this.ws.resume();
          this.#drain();
        }, this.#bucket.msUntilToken());
        return;
      }
      const frame = this.#queue.shift() as Buffer;
      this.#queuedBytes -= frame.length;
      try {
        this.#handler(new Uint8Array(frame.buffer, frame.byteOffset, frame.byteLength));
      } catch (error) {
        this.log.error({ event: 'ws-handler-error', err: error }, 'sync handler failed');
        this.close(CloseCode.internalError, 'internal-error');
      }
    }
  }

  #ping(): void {
    if (!this.#alive) {
      this.log.info({ event: 'ws-timeout' }, 'no pong, dropping socket');
      this.#logged = true;
      this.ws.terminate();
      this.#finish(1006);
      return;
    }
    this.#alive = false;
    this.ws.ping();
  }

  #finish(code: number): void {
    if (this.#closed) return;
    this.#closed = true;
    this.#queue.length = 0;
    for (const timer of this.#timers) clearTimeout(timer);
    if (this.#resumeTimer) clearTimeout(this.#resumeTimer);
    if (!this.#logged) this.log.info({ event: 'ws-closed', code }, 'socket closed by client');
    this.#onClosed?.();
  }
}
