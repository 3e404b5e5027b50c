import { projectWorkshop, type WorkshopView } from '@werkbank/concept';

interface Mine {
  own: number[];
  votes: [index: number, dots: number][];
}

/**
 * The `event: state` JSON of each participant (undefined: moderators, the wall), cut from one read of the
 * workshop. Each equals `JSON.stringify(projectWorkshop(view, id))` (projectionStates.test.ts holds them
 * to it), but is built from the wall's projection: every proposal is serialised once (twice when it is
 * someone's own), and a participant's text is a join of those pieces with their own flags and dots. Calling
 * `projectWorkshop` per participant cost ~0.3 ms each, 60 ms per change for 200 people; this costs a
 * few. Participants with proposals still pending get the exact call (only they see those).
 */
export function projectionStates(
  view: WorkshopView,
  participants: Iterable<string | undefined>,
): Map<string | undefined, string> {
  const wall = projectWorkshop(view);
  const { workshop, proposals, myVotes: _none, dotsLeft: _all, ...unknownFields } = wall;
  const exactOnly = Object.keys(unknownFields).length > 0;
  const head = `{"workshop":${JSON.stringify(workshop)},"proposals":[`;
  const plain = proposals.map((proposal) => JSON.stringify(proposal));
  const owned: (string | undefined)[] = [];
  const wallJson = JSON.stringify(wall);

  const stored = new Map(view.proposals.map((proposal) => [proposal.id, proposal]));
  const pendingOwners = new Set<string>();
  for (const proposal of view.proposals) {
    if (proposal.moderation === 'pending') pendingOwners.add(proposal.participantId);
  }
  const mine = new Map<string, Mine>();
  const entry = (id: string) => mine.get(id) ?? (mine.set(id, { own: [], votes: [] }).get(id) as Mine);
  proposals.forEach((shown, index) => {
    const proposal = stored.get(shown.id);
    if (!proposal) return;
    if (proposal.participantId) entry(proposal.participantId).own.push(index);
    for (const [id, dots] of Object.entries(proposal.votes))
      if (dots > 0) entry(id).votes.push([index, dots]);
  });

  function stateOf(participantId: string): string {
    const my = mine.get(participantId);
    if (!my) return wallJson;
    const list = plain.slice();
    for (const index of my.own) {
      owned[index] ??= JSON.stringify({ ...proposals[index], own: true });
      list[index] = owned[index] as string;
    }
    const votes: Record<string, number> = {};
    let used = 0;
    for (const [index, dots] of my.votes) {
      votes[proposals[index]?.id as string] = dots;
      used += dots;
    }
    const dotsLeft = Math.max(0, workshop.dotsPerParticipant - used);
    return `${head}${list.join(',')}],"myVotes":${JSON.stringify(votes)},"dotsLeft":${dotsLeft}}`;
  }

  const states = new Map<string | undefined, string>();
  for (const participantId of participants) {
    if (states.has(participantId)) continue;
    if (participantId === undefined) states.set(participantId, wallJson);
    else if (exactOnly || pendingOwners.has(participantId))
      states.set(participantId, JSON.stringify(projectWorkshop(view, participantId)));
    else states.set(participantId, stateOf(participantId));
  }
  return states;
}
