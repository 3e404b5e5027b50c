import type { ProposalOutcome, WorkshopPhase, WorkshopRelease } from '../json/conceptJsonSchema.ts';
import type { WorkshopView } from './readWorkshopView.ts';

/** A proposal as participants and the wall see it: no author, no participant ids, no individual votes. */
export interface PublicProposal {
  id: string;
  text: string;
  /** Texts of duplicates merged into this one. */
  mergedTexts: string[];
  fieldId: string | null;
  targetGroup: string;
  createdAt: string;
  dots: number;
  outcome: ProposalOutcome | null;
  outcomeReason: string;
  measureCode: string | null;
  /** Sent by the participant asking. */
  own: boolean;
  /** The asking participant's own proposal, still waiting for the moderation's release. */
  pending: boolean;
}

/** The public state of one workshop: all participants and the wall ever receive. */
export interface WorkshopProjection {
  workshop: {
    id: string;
    title: string;
    date: string;
    place: string;
    online: boolean;
    format: string;
    phase: WorkshopPhase;
    dotsPerParticipant: number;
    stackDots: boolean;
    release: WorkshopRelease;
    guidingQuestions: string[];
    fields: { id: string; title: string }[];
  };
  proposals: PublicProposal[];
  myVotes: Record<string, number>;
  dotsLeft: number;
}

function sum(votes: Record<string, number>): number {
  return Object.values(votes).reduce((total, n) => total + n, 0);
}

/**
 * Cuts the public projection from a workshop view, for one participant or (without `participantId`) for the
 * wall. Hidden and merged proposals never appear; pending ones only to their own author.
 */
export function projectWorkshop(view: WorkshopView, participantId?: string): WorkshopProjection {
  const { workshop, proposals, fields, measureCodes } = view;
  const mergedTexts = new Map<string, string[]>();
  // Votes that reached a duplicate while it was being merged still count for the proposal shown for it.
  const mergedDots = new Map<string, number>();
  for (const p of proposals) {
    if (p.mergedInto === null || p.moderation !== 'visible') continue;
    mergedTexts.set(p.mergedInto, [...(mergedTexts.get(p.mergedInto) ?? []), p.text]);
    mergedDots.set(p.mergedInto, (mergedDots.get(p.mergedInto) ?? 0) + sum(p.votes));
  }
  const myVotes: Record<string, number> = {};
  const shown: PublicProposal[] = [];
  for (const p of proposals) {
    const own = participantId !== undefined && p.participantId === participantId;
    const visible = p.moderation === 'visible' || (own && p.moderation === 'pending');
    if (!visible || p.mergedInto !== null) continue;
    const mine = participantId ? (p.votes[participantId] ?? 0) : 0;
    if (mine > 0 && p.moderation === 'visible') myVotes[p.id] = mine;
    shown.push({
      id: p.id,
      text: p.text,
      mergedTexts: mergedTexts.get(p.id) ?? [],
      fieldId: p.fieldId,
      targetGroup: p.targetGroup,
      createdAt: p.createdAt,
      dots: p.moderation === 'visible' ? sum(p.votes) + (mergedDots.get(p.id) ?? 0) : 0,
      outcome: p.outcome,
      outcomeReason: p.outcomeReason,
      measureCode: p.measureId ? (measureCodes.get(p.measureId) ?? null) : null,
      own,
      pending: p.moderation === 'pending',
    });
  }
  const used = Object.values(myVotes).reduce((sum, n) => sum + n, 0);
  return {
    workshop: {
      id: workshop.id,
      title: workshop.title,
      date: workshop.date,
      place: workshop.online ? '' : workshop.place,
      online: workshop.online,
      format: workshop.format,
      phase: workshop.phase,
      dotsPerParticipant: workshop.dotsPerParticipant,
      stackDots: workshop.stackDots,
      release: workshop.release,
      guidingQuestions: workshop.guidingQuestions,
      fields,
    },
    proposals: shown,
    myVotes,
    dotsLeft: Math.max(0, workshop.dotsPerParticipant - used),
  };
}
