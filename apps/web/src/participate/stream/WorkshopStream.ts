import type { WorkshopProjection } from '@werkbank/concept';
import { eventsUrl } from '../api/eventsUrl.ts';
import { fetchProjection } from '../api/fetchProjection.ts';
import type { WorkshopAddress } from '../api/WorkshopAddress.ts';
import { WorkshopRequestError } from '../api/WorkshopRequestError.ts';
import { retryDelay } from '../queue/retryDelay.ts';
import type { StreamState } from './StreamState.ts';

interface StreamOptions {
  createEventSource?: (url: string) => EventSource;
  delay?: (attempt: number) => number;
  /** Called whenever the stream (re)opens: a good moment to send what waits. */
  onLive?: () => void;
}

/**
 * The workshop as the server pushes it: the projection first by a plain request, then on every change over
 * Server-Sent Events. A stream the browser gives up (server gone, link refused) is checked with a request:
 * refused ends it, anything else reopens it with backoff. Create in an effect, `destroy()` in its cleanup.
 */
export class WorkshopStream {
  private state: StreamState = { projection: null, status: 'connecting', error: null };
  private readonly listeners = new Set<() => void>();
  private source: EventSource | null = null;
  private attempt = 0;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private destroyed = false;

  constructor(
    private readonly address: WorkshopAddress,
    private readonly options: StreamOptions = {},
  ) {
    window.addEventListener('online', this.onOnline);
    void this.refresh();
    this.open();
  }

  getState = (): StreamState => this.state;

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  /** Asks the server for the projection now; true when it answered. */
  refresh = async (): Promise<boolean> => {
    try {
      this.setProjection(await fetchProjection(this.address));
      return true;
    } catch (error) {
      this.fail(error);
      return false;
    }
  };

  /** Takes a projection the server answered to a request (e.g. after voting). */
  setProjection(projection: WorkshopProjection): void {
    if (this.destroyed || this.state.status === 'refused') return;
    this.set({ projection, error: null });
  }

  /** Takes this participant's dots as the server stored them; the counts follow through the stream. */
  setMyVotes(answer: Pick<WorkshopProjection, 'myVotes' | 'dotsLeft'>): void {
    const { projection } = this.state;
    if (this.destroyed || this.state.status === 'refused' || !projection) return;
    this.set({ projection: { ...projection, ...answer }, error: null });
  }

  destroy(): void {
    this.destroyed = true;
    clearTimeout(this.timer);
    this.source?.close();
    window.removeEventListener('online', this.onOnline);
    this.listeners.clear();
  }

  private open(): void {
    if (this.destroyed || this.state.status === 'refused') return;
    const create = this.options.createEventSource ?? ((url: string) => new EventSource(url));
    const source = create(eventsUrl(this.address));
    this.source = source;
    source.addEventListener('state', (event) => {
      try {
        this.setProjection(JSON.parse((event as MessageEvent<string>).data) as WorkshopProjection);
      } catch {
        // A cut-off message: the next one carries the whole state again.
      }
    });
    // The server ends a stream with a reason (link revoked, workshop deleted): ask at once what holds now.
    source.addEventListener('end', () => void this.refresh());
    source.addEventListener('open', () => {
      this.attempt = 0;
      this.set({ status: 'live' });
      this.options.onLive?.();
    });
    source.addEventListener('error', () => this.onError(source));
  }

  private onError(source: EventSource): void {
    if (this.destroyed || source !== this.source) return;
    if (this.state.status !== 'refused') this.set({ status: 'reconnecting' });
    // CONNECTING: the browser retries by itself. CLOSED: it gave up, so find out why and retry ourselves.
    if (source.readyState !== 2) return;
    source.close();
    this.source = null;
    void this.refresh().then(() => {
      if (this.destroyed || this.state.status === 'refused') return;
      clearTimeout(this.timer);
      this.timer = setTimeout(() => this.open(), (this.options.delay ?? retryDelay)(this.attempt));
      this.attempt += 1;
    });
  }

  private fail(error: unknown): void {
    if (this.destroyed) return;
    const failure =
      error instanceof WorkshopRequestError ? error : new WorkshopRequestError(0, 'offline', String(error));
    if (failure.refusal) {
      this.source?.close();
      this.source = null;
      clearTimeout(this.timer);
      this.set({ status: 'refused', error: failure });
    } else {
      this.set({ error: failure });
    }
  }

  private onOnline = (): void => {
    if (this.source || this.destroyed || this.state.status === 'refused') return;
    clearTimeout(this.timer);
    this.attempt = 0;
    this.open();
  };

  private set(change: Partial<StreamState>): void {
    this.state = { ...this.state, ...change };
    for (const listener of this.listeners) listener();
  }
}
