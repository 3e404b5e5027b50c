import type * as Y from 'yjs';
import { participantIdsOf } from './participantIdsOf.ts';

/**
 * Whether `participantId` may take part: it already did, or the workshop has fewer than `max` distinct
 * participants (ids in the doc and ids in `seen`, those that opened a stream or wrote here). An admitted id
 * joins `seen`. Runs synchronously with the write it guards, so concurrent newcomers cannot overshoot.
 */
export function admitParticipant(
  doc: Y.Doc,
  workshopId: string,
  participantId: string,
  seen: Set<string>,
  max: number,
): boolean {
  if (seen.has(participantId)) return true;
  const ids = participantIdsOf(doc, workshopId);
  if (!ids.has(participantId)) {
    for (const id of seen) ids.add(id);
    if (ids.size >= max) return false;
  }
  seen.add(participantId);
  return true;
}
