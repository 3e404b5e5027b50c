import { projectWorkshop, type WorkshopView } from '@werkbank/concept';

/** One participant's projection as UTF-8 parts (their concatenation is the JSON) and what sets it apart. */
export interface ProjectionText {
  parts: Buffer[];
  /** Equal signatures within views of equal `wall` text mean equal texts. */
  signature: string;
}

/** The texts of one read of a workshop: the wall's and each participant's. */
export interface ProjectionTexts {
  wall: string;
  texts: Map<string | undefined, ProjectionText>;
}

interface Mine {
  own: number[];
  votes: [index: number, dots: number][];
}

/**
 * Each participant's projection (undefined: moderators, the wall), cut from one read of the workshop. The
 * concatenated parts equal `JSON.stringify(projectWorkshop(view, id))` (projectionTexts.test.ts holds them to
 * it), but share the wall's encoded proposal list: a participant's text is slices of it around their own
 * proposals plus their dots. Building and encoding one full text per participant cost ~60 ms a change for
 * 200 people and 200 proposals; slices cost nearly nothing. Participants with pending proposals (only they
 * see those) get the exact call.
 */
export function projectionTexts(
  view: WorkshopView,
  participants: Iterable<string | undefined>,
): ProjectionTexts {
  const wallProjection = projectWorkshop(view);
  const { workshop, proposals, myVotes: _none, dotsLeft: _all, ...unknownFields } = wallProjection;
  const exactOnly = Object.keys(unknownFields).length > 0;
  const wall = JSON.stringify(wallProjection);
  const pieces = proposals.map((proposal) => JSON.stringify(proposal));
  const list = Buffer.from(pieces.join(','));
  const starts: number[] = [];
  let offset = 0;
  for (const piece of pieces) {
    starts.push(offset);
    offset += Buffer.byteLength(piece) + 1;
  }
  const head = Buffer.from(`{"workshop":${JSON.stringify(workshop)},"proposals":[`);
  const owned: Buffer[] = [];

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

  const wallText: ProjectionText = { parts: [Buffer.from(wall)], signature: '' };

  function textOf(my: Mine): ProjectionText {
    const parts: Buffer[] = [head];
    let from = 0;
    for (const index of my.own) {
      const start = starts[index] as number;
      if (start > from) parts.push(list.subarray(from, start));
      owned[index] ??= Buffer.from(JSON.stringify({ ...proposals[index], own: true }));
      parts.push(owned[index] as Buffer);
      from = start + Buffer.byteLength(pieces[index] as string);
    }
    if (from < list.length) parts.push(list.subarray(from));
    const votes: Record<string, number> = {};
    let used = 0;
    for (const [index, dots] of my.votes) {
      votes[proposals[index]?.id as string] = dots;
      used += dots;
    }
    const tail = `],"myVotes":${JSON.stringify(votes)},"dotsLeft":${Math.max(0, workshop.dotsPerParticipant - used)}}`;
    parts.push(Buffer.from(tail));
    return { parts, signature: `${my.own.join(',')}${tail}` };
  }

  const texts = new Map<string | undefined, ProjectionText>();
  for (const participantId of participants) {
    if (texts.has(participantId)) continue;
    const my = participantId === undefined ? undefined : mine.get(participantId);
    if (participantId === undefined || (!my && !pendingOwners.has(participantId))) {
      texts.set(participantId, wallText);
    } else if (exactOnly || pendingOwners.has(participantId) || !my) {
      const json = JSON.stringify(projectWorkshop(view, participantId));
      texts.set(participantId, { parts: [Buffer.from(json)], signature: json });
    } else {
      texts.set(participantId, textOf(my));
    }
  }
  return { wall, texts };
}
