import { readJson } from '../storage/readJson.ts';
import { writeJson } from '../storage/writeJson.ts';
import type { ProposalInput } from './api/ProposalInput.ts';
import { WorkshopRequestError } from './api/WorkshopRequestError.ts';
import type { ProposalQueueState } from './queue/ProposalQueueState.ts';
import type { QueuedProposal, SendFailure } from './queue/QueuedProposal.ts';
import { retryDelay } from './queue/retryDelay.ts';

/** Sends one proposal; rejects with a `WorkshopRequestError` (anything else counts as no connection). */
export type SendProposal = (input: ProposalInput) => Promise<{ id: string }>;

interface QueueOptions {
  isOnline?: () => boolean;
  delay?: (attempt: number) => number;
}

function sentFields({
  submissionId,
  text,
  fieldId,
  targetGroup,
  displayName,
}: QueuedProposal): ProposalInput {
  return { submissionId, text, fieldId, targetGroup, displayName };
}

function failureOf(error: unknown): { failure: SendFailure; transient: boolean } {
  if (error instanceof WorkshopRequestError) {
    const failure = { status: error.status, code: error.code, message: error.message };
    return { failure, transient: error.transient };
  }
  return { failure: { status: 0, code: 'offline', message: String(error) }, transient: true };
}

/**
 * Proposals waiting for the server, kept in localStorage under `key` so that a weak connection, a reload or
 * a closed tab loses none. Each goes out until the server answers 2xx (removed) or refuses it for good
 * (kept as failed); one send at a time, retried with backoff. Resending is safe: the server dedupes by
 * `submissionId`. Call `destroy()` when done.
 */
export class ProposalQueue {
  private state: ProposalQueueState;
  private readonly listeners = new Set<() => void>();
  private flushing: Promise<void> | null = null;
  private again = false;
  private attempt = 0;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private destroyed = false;

  constructor(
    private readonly key: string,
    private readonly send: SendProposal,
    private readonly options: QueueOptions = {},
  ) {
    this.state = { items: readJson<QueuedProposal[]>(key, []), sent: [] };
    window.addEventListener('storage', this.onStorage);
  }

  /** The current state; a new object after every change (for `useSyncExternalStore`). */
  getState = (): ProposalQueueState => this.state;

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  /** Keeps `input` on this device first, then tries to send it; resolves once that try is over. */
  async add(input: ProposalInput): Promise<void> {
    this.update([...this.state.items.filter((i) => i.submissionId !== input.submissionId), input]);
    await this.flush();
    // A send already under way when `input` came runs once more for it.
    if (this.flushing) await this.flushing;
  }

  /** Forgets a proposal the server refused for good. */
  dismiss(submissionId: string): void {
    this.update(this.state.items.filter((i) => i.submissionId !== submissionId));
  }

  /** Sends what waits, one at a time; a call while sending runs once more after it. */
  flush = (): Promise<void> => {
    if (this.flushing) {
      this.again = true;
      return this.flushing;
    }
    this.flushing = this.run().finally(() => {
      this.flushing = null;
      if (this.again && !this.destroyed) {
        this.again = false;
        void this.flush();
      }
    });
    return this.flushing;
  };

  destroy(): void {
    this.destroyed = true;
    clearTimeout(this.timer);
    window.removeEventListener('storage', this.onStorage);
    this.listeners.clear();
  }

  private async run(): Promise<void> {
    clearTimeout(this.timer);
    this.timer = undefined;
    if (this.options.isOnline && !this.options.isOnline()) {
      this.retryLater();
      return;
    }
    for (const item of this.state.items) {
      if (item.failed || this.destroyed) continue;
      try {
        const { id } = await this.send(item);
        this.attempt = 0;
        this.state = {
          items: this.state.items.filter((i) => i.submissionId !== item.submissionId),
          sent: [...this.state.sent, { ...sentFields(item), id }],
        };
        this.save();
      } catch (error) {
        const { failure, transient } = failureOf(error);
        this.patch(
          item.submissionId,
          transient ? { waiting: failure } : { failed: failure, waiting: undefined },
        );
        if (transient) {
          this.retryLater();
          return;
        }
      }
    }
  }

  private retryLater(): void {
    if (this.destroyed || !this.state.items.some((i) => !i.failed)) return;
    const delay = (this.options.delay ?? retryDelay)(this.attempt);
    this.attempt += 1;
    this.timer = setTimeout(this.flush, delay);
  }

  private patch(submissionId: string, change: Partial<QueuedProposal>): void {
    this.update(this.state.items.map((i) => (i.submissionId === submissionId ? { ...i, ...change } : i)));
  }

  private update(items: QueuedProposal[]): void {
    this.state = { ...this.state, items };
    this.save();
  }

  private save(): void {
    writeJson(this.key, this.state.items);
    for (const listener of this.listeners) listener();
  }

  // Another tab of the same workshop queued or sent something.
  private onStorage = (event: StorageEvent): void => {
    if (event.key !== this.key) return;
    this.state = { ...this.state, items: readJson<QueuedProposal[]>(this.key, []) };
    for (const listener of this.listeners) listener();
  };
}
