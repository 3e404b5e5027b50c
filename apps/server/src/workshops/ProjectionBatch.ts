import { readWorkshopView } from '@werkbank/concept';
import type * as Y from 'yjs';
import { type ProjectionText, projectionTexts } from './projectionTexts.ts';

interface Waiter {
  participantId: string | undefined;
  resolve(text: ProjectionText): void;
  reject(error: unknown): void;
}

/**
 * Projections asked for in the same turn of the event loop share one read of their workshop: 200 people
 * voting at once answered with 200 projections cost a few reads, not 200 (a read is milliseconds with a few
 * hundred proposals). Answers come right after the current turn, reflecting every write made in it.
 */
export class ProjectionBatch {
  readonly #waiting = new Map<Y.Doc, Map<string, Waiter[]>>();
  #scheduled = false;

  /** The projection of `workshopId` for `participantId` as JSON text, once the current turn is over. */
  request(doc: Y.Doc, workshopId: string, participantId: string | undefined): Promise<ProjectionText> {
    return new Promise((resolve, reject) => {
      const workshops = this.#waiting.get(doc) ?? new Map<string, Waiter[]>();
      this.#waiting.set(doc, workshops);
      const waiters = workshops.get(workshopId) ?? [];
      workshops.set(workshopId, waiters);
      waiters.push({ participantId, resolve, reject });
      if (!this.#scheduled) {
        this.#scheduled = true;
        setImmediate(() => this.#answer());
      }
    });
  }

  #answer(): void {
    this.#scheduled = false;
    const waiting = [...this.#waiting];
    this.#waiting.clear();
    for (const [doc, workshops] of waiting) {
      for (const [workshopId, waiters] of workshops) {
        try {
          const { texts } = projectionTexts(
            readWorkshopView(doc, workshopId),
            waiters.map((waiter) => waiter.participantId),
          );
          for (const waiter of waiters) waiter.resolve(texts.get(waiter.participantId) as ProjectionText);
        } catch (error) {
          for (const waiter of waiters) waiter.reject(error);
        }
      }
    }
  }
}
