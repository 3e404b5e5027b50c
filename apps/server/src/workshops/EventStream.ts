import type { ServerResponse } from 'node:http';
import type { Link } from '../store/LinkStore.ts';

/** Why the server ends a stream; sent as `event: end` before it closes. */
export type StreamEnd =
  | 'token-revoked'
  | 'token-expired'
  | 'workshop-not-found'
  | 'concept-deleted'
  | 'server-shutdown';

/**
 * One Server-Sent Events response. A client that reads slowly gets only the newest state once it has taken
 * what is buffered, never a queue of stale ones.
 */
export class EventStream {
  readonly link: Link;
  readonly participantId: string | undefined;
  /** The last state written, so an unchanged projection is not sent again. */
  lastState = '';
  readonly #res: ServerResponse;
  #waiting: string | null = null;
  #ended = false;
  #expiry: NodeJS.Timeout | undefined;

  constructor(res: ServerResponse, link: Link, participantId: string | undefined, onClose: () => void) {
    this.#res = res;
    this.link = link;
    this.participantId = participantId;
    res.on('drain', () => this.#drain());
    res.on('close', () => {
      this.#ended = true;
      clearTimeout(this.#expiry);
      onClose();
    });
  }

  get ended(): boolean {
    return this.#ended;
  }

  /** Writes the head; headers are set here because the response bypasses fastify's hooks. */
  open(): void {
    this.#res.writeHead(200, {
      'Content-Type': 'text/event-stream; charset=utf-8',
      'Cache-Control': 'no-store',
      Connection: 'keep-alive',
      'X-Accel-Buffering': 'no',
      'Referrer-Policy': 'no-referrer',
      'X-Content-Type-Options': 'nosniff',
    });
    this.#res.write('retry: 3000\n\n');
    if (this.link.expiresAt) this.#endAt(Date.parse(this.link.expiresAt));
  }

  /** Sends `event: state` with `json` unless it is what the client has (or will get) already. */
  sendState(json: string): void {
    if (this.#ended || json === this.lastState) return;
    this.lastState = json;
    if (this.#res.writableNeedDrain) this.#waiting = json;
    else this.#res.write(`event: state\ndata: ${json}\n\n`);
  }

  keepAlive(): void {
    if (!this.#ended && !this.#res.writableNeedDrain) this.#res.write(': keep-alive\n\n');
  }

  /** Tells the client why (`event: end`) and closes; EventSource reconnects and then sees the refusal. */
  end(reason: StreamEnd): void {
    if (this.#ended) return;
    this.#ended = true;
    this.#res.end(`event: end\ndata: ${JSON.stringify({ reason })}\n\n`);
  }

  #endAt(time: number): void {
    // Timers take at most ~24.8 days; a later expiry is checked again then.
    const delay = Math.min(time - Date.now(), 2 ** 31 - 1);
    if (delay <= 0) {
      this.end('token-expired');
      return;
    }
    this.#expiry = setTimeout(() => this.#endAt(time), delay);
    this.#expiry.unref();
  }

  #drain(): void {
    const json = this.#waiting;
    this.#waiting = null;
    if (json !== null && !this.#ended) this.#res.write(`event: state\ndata: ${json}\n\n`);
  }
}
