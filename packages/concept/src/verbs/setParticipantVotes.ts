import * as Y from 'yjs';
import { z } from 'zod/mini';
import { participantIdSchema } from '../json/conceptJsonSchema.ts';
import { lazySchema } from '../json/lazySchema.ts';
import { ConceptError } from '../model/ConceptError.ts';
import { workshopSpec } from '../model/entitySpecs.ts';
import { collection, type EntityMap, isLive } from '../model/entityStore.ts';
import { requireEntity } from '../model/entityVerbs.ts';
import { ID, PROPOSALS, VOTES, WORKSHOP_ID } from '../model/keys.ts';
import { parseInput } from '../model/parseInput.ts';
import { nestedType } from '../model/writeEntityFields.ts';

const votesSchema = lazySchema(() =>
  z.record(z.string().check(z.maxLength(64)), z.number().check(z.int(), z.gte(0), z.lte(50))),
);

function dotsOf(proposal: EntityMap, participant: string): number {
  const votes = proposal.get(VOTES);
  return votes instanceof Y.Map ? Number(votes.get(participant) ?? 0) : 0;
}

// A merge into a proposal that was deleted since reads as no merge (as readers show it): votable again.
function isVotable(doc: Y.Doc, proposal: EntityMap): boolean {
  const mergedInto = proposal.get('mergedInto');
  const merged = typeof mergedInto === 'string' && isLive(doc, PROPOSALS, mergedInto);
  return proposal.get('moderation') === 'visible' && !merged;
}

/**
 * Replaces all of one participant's dots in a workshop at once (`{ proposalId: dots }`, missing = 0), so a
 * change of mind is one request and two tabs sending at once each leave a valid state. Refused outside the
 * vote phase, beyond the dots per participant, or with several dots on one proposal where stacking is off
 * (a count that merging proposals raised may stay).
 */
export function setParticipantVotes(
  doc: Y.Doc,
  workshopId: string,
  participantId: string,
  votes: Record<string, number>,
): void {
  const participant = parseInput(participantIdSchema, participantId, 'participantId');
  const wanted = parseInput(votesSchema, votes, VOTES);
  const workshop = requireEntity(doc, workshopSpec, workshopId);
  if (workshop.get('phase') !== 'vote') {
    throw new ConceptError('not-voting', 'Die Punktabfrage ist nicht geöffnet', VOTES);
  }
  const proposals = [...collection(doc, PROPOSALS).values()].filter((p) => p.get(WORKSHOP_ID) === workshopId);
  const byId = new Map(proposals.map((p) => [String(p.get(ID)), p]));
  let total = 0;
  for (const [proposalId, dots] of Object.entries(wanted)) {
    const proposal = byId.get(proposalId);
    if (dots === 0) continue;
    if (!proposal || !isVotable(doc, proposal)) {
      throw new ConceptError(
        'proposal-not-votable',
        'Für diesen Beitrag kann nicht abgestimmt werden',
        VOTES,
      );
    }
    if (workshop.get('stackDots') === false && dots > Math.max(1, dotsOf(proposal, participant))) {
      throw new ConceptError('no-stacking', 'Pro Beitrag ist nur ein Punkt möglich', VOTES);
    }
    total += dots;
  }
  if (total > Number(workshop.get('dotsPerParticipant'))) {
    throw new ConceptError('no-dots-left', 'Alle Punkte sind bereits vergeben', VOTES);
  }
  doc.transact(() => {
    for (const proposal of proposals) {
      const dots = wanted[String(proposal.get(ID))] ?? 0;
      if (dots === dotsOf(proposal, participant)) continue;
      const map = nestedType(proposal, VOTES, () => new Y.Map<unknown>());
      if (dots === 0) map.delete(participant);
      else map.set(participant, dots);
    }
  });
}
