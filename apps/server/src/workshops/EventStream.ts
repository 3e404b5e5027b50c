import type { ServerResponse } from 'node:http';
import type { Link } from '../store/LinkStore.ts';
import type { ProjectionText } from './projectionTexts.ts';

const STATE = Buffer.from('event: state\ndata: ');
const END_OF_EVENT = Buffer.from('\n\n');

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
  readonly #res: ServerResponse;
  #signature: string | null = null;
  #waiting: ProjectionText | null = null;
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

  /**
   * Sends `event: state` with `text`, unless the view it was cut from is unchanged (`viewChanged` false) and
   * so is its signature: then the client has (or will get) it already.
   */
  sendState(text: ProjectionText, viewChanged: boolean): void {
    if (this.#ended || (!viewChanged && text.signature === this.#signature)) return;
    this.#signature = text.signature;
    if (this.#res.writableNeedDrain) this.#waiting = text;
    else this.#write(text);
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

  #write(text: ProjectionText): void {
    // Corked, the parts leave in one writev.
    this.#res.cork();
    this.#res.write(STATE);
    for (const part of text.parts) this.#res.write(part);
    this.#res.write(END_OF_EVENT);
    this.#res.uncork();
  }

  #drain(): void {
    const text = this.#waiting;
    this.#waiting = null;
    if (text !== null && !this.#ended) this.#write(text);
  }
}
