import { ApiError } from '../api/ApiError.ts';
import { fetchSyncTicket } from './syncTicket.ts';

type Listener = ((event: Event) => void) | null;

/** The close code a refused ticket request stands for, so the connection treats it as the socket's own refusal. */
function closeCodeFor(error: unknown): number {
  if (error instanceof ApiError && (error.status === 401 || error.status === 403 || error.status === 404))
    return 4400 + error.status;
  // Offline, a proxy in trouble, a server restarting: like a dropped socket, worth another try.
  return 1006;
}

/**
 * A WebSocket class for y-websocket that keeps the link's token out of every URL: before each (re)connect it asks
 * `POST /api/concepts/:id/sync-ticket` with the token in the `Authorization` header for a single-use ticket and
 * opens `/sync/:id?ticket=…`. Proxies log URLs; they do not log that header. A refused ticket request (a revoked
 * link) closes with 4401/4403/4404 as the socket itself would have.
 */
export function ticketWebSocket(conceptId: string, token: string): typeof WebSocket {
  class TicketWebSocket {
    static readonly CONNECTING = 0;
    static readonly OPEN = 1;
    static readonly CLOSING = 2;
    static readonly CLOSED = 3;
    readonly CONNECTING = 0;
    readonly OPEN = 1;
    readonly CLOSING = 2;
    readonly CLOSED = 3;
    onopen: Listener = null;
    onmessage: ((event: MessageEvent) => void) | null = null;
    onclose: ((event: CloseEvent) => void) | null = null;
    onerror: Listener = null;
    binaryType: BinaryType = 'arraybuffer';
    readyState = 0;
    #socket: WebSocket | null = null;
    #closed = false;

    constructor(url: string, protocols?: string | string[]) {
      fetchSyncTicket(conceptId, token).then(
        (ticket) => this.#open(url, ticket, protocols),
        (error) => this.#fail(closeCodeFor(error)),
      );
    }

    #open(url: string, ticket: string, protocols?: string | string[]): void {
      if (this.#closed) return;
      const target = new URL(url);
      target.searchParams.delete('token');
      target.searchParams.set('ticket', ticket);
      const socket = new WebSocket(target, protocols);
      socket.binaryType = this.binaryType;
      socket.onopen = (event) => {
        this.readyState = 1;
        this.onopen?.(event);
      };
      socket.onmessage = (event) => this.onmessage?.(event);
      socket.onerror = (event) => this.onerror?.(event);
      socket.onclose = (event) => {
        this.readyState = 3;
        this.onclose?.(event);
      };
      this.#socket = socket;
    }

    #fail(code: number): void {
      if (this.#closed) return;
      this.#closed = true;
      this.readyState = 3;
      this.onerror?.(new Event('error'));
      this.onclose?.(new CloseEvent('close', { code, reason: code === 1006 ? '' : 'ticket-refused' }));
    }

    send(data: Uint8Array | ArrayBuffer | string): void {
      // y-websocket sends only after onopen, when the socket is there.
      this.#socket?.send(data);
    }

    close(code?: number, reason?: string): void {
      if (this.#socket) {
        this.readyState = 2;
        this.#socket.close(code, reason);
        return;
      }
      // Closed before the ticket arrived: the socket is never opened; tell the provider it is closed.
      if (this.#closed) return;
      this.#closed = true;
      this.readyState = 3;
      queueMicrotask(() =>
        this.onclose?.(new CloseEvent('close', { code: code ?? 1000, reason: reason ?? '' })),
      );
    }
  }
  return TicketWebSocket as unknown as typeof WebSocket;
}
