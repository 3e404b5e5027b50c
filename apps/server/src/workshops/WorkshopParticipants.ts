import type * as Y from 'yjs';
import { participantIdsOf } from './participantIdsOf.ts';

/**
 * Who takes part in each workshop, for the participant limit: the ids in its proposals and votes when the
 * concept was loaded, plus every id admitted since (writers and those who opened an event stream). Kept per
 * loaded doc, so a reloaded concept counts afresh from what it stores; a check is O(1) after the first.
 */
export class WorkshopParticipants {
  readonly #byDoc = new WeakMap<Y.Doc, Map<string, Set<string>>>();

  /**
   * Whether `participantId` may take part: it already does, or the workshop has fewer than `max`. Runs
   * synchronously with the write it guards, so concurrent newcomers cannot overshoot.
   */
  admit(doc: Y.Doc, workshopId: string, participantId: string, max: number): boolean {
    const known = this.#known(doc, workshopId);
    if (known.has(participantId)) return true;
    if (known.size >= max) return false;
    known.add(participantId);
    return true;
  }

  #known(doc: Y.Doc, workshopId: string): Set<string> {
    const workshops = this.#byDoc.get(doc) ?? new Map<string, Set<string>>();
    this.#byDoc.set(doc, workshops);
    const known = workshops.get(workshopId) ?? participantIdsOf(doc, workshopId);
    workshops.set(workshopId, known);
    return known;
  }
}
