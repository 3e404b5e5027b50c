import * as Y from 'yjs';
import { z } from 'zod/mini';
import { proposalInputSchema } from '../json/inputSchemas.ts';
import type { RichTextDoc } from '../json/richTextSchema.ts';
import { ConceptError } from '../model/ConceptError.ts';
import { proposalSpec, workshopSpec } from '../model/entitySpecs.ts';
import { isLive, orderedEntities } from '../model/entityStore.ts';
import { addEntity, removeEntity, requireEntity, updateEntity } from '../model/entityVerbs.ts';
import { FIELDS_OF_ACTION, MEASURES, PROPOSALS, VOTES, WORKSHOP_ID } from '../model/keys.ts';
import { parseInput } from '../model/parseInput.ts';
import { nestedType } from '../model/writeEntityFields.ts';
import type { ProposalInput } from './inputTypes.ts';
import { addMeasure } from './measureVerbs.ts';
import { requireReferences } from './requireReferences.ts';

const participantSchema = z.string().check(z.minLength(1), z.maxLength(64));

/** Adds a proposal (Beitrag) to a workshop, at the end; returns its id. */
export function addProposal(doc: Y.Doc, workshopId: string, input: ProposalInput): string {
  requireEntity(doc, workshopSpec, workshopId);
  const data = parseInput(proposalInputSchema, input, PROPOSALS);
  requireReferences(doc, proposalSpec, data);
  return addEntity(doc, proposalSpec, {
    ...data,
    workshopId,
    createdAt: data.createdAt ?? new Date().toISOString(),
  });
}

/** Changes a proposal's text, field of action or moderation state. */
export function updateProposal(doc: Y.Doc, id: string, patch: ProposalInput): void {
  const data = parseInput(proposalInputSchema, patch, PROPOSALS);
  requireReferences(doc, proposalSpec, data);
  updateEntity(doc, proposalSpec, id, data);
}

/** Deletes a proposal. */
export function deleteProposal(doc: Y.Doc, id: string): void {
  removeEntity(doc, proposalSpec, id);
}

/**
 * Sets how many dots one participant puts on a proposal. Refused when the workshop is not voting or when the
 * participant's dots across the workshop would exceed the workshop's dots per participant.
 */
export function castVote(doc: Y.Doc, proposalId: string, participantId: string, dots: number): void {
  const participant = parseInput(participantSchema, participantId, `${PROPOSALS}.votes`);
  const count = parseInput(z.number().check(z.int(), z.gte(0), z.lte(50)), dots, `${PROPOSALS}.votes`);
  const proposal = requireEntity(doc, proposalSpec, proposalId);
  const workshopId = String(proposal.get(WORKSHOP_ID));
  const workshop = requireEntity(doc, workshopSpec, workshopId);
  if (workshop.get('phase') !== 'vote') {
    throw new ConceptError('not-voting', 'Die Punktabfrage ist nicht geöffnet', `${PROPOSALS}.${proposalId}`);
  }
  let used = 0;
  for (const other of orderedEntities(doc, PROPOSALS, (p) => p.get(WORKSHOP_ID) === workshopId)) {
    if (other === proposal) continue;
    const votes = other.get(VOTES);
    if (votes instanceof Y.Map) used += Number(votes.get(participant) ?? 0);
  }
  if (workshop.get('stackDots') === false && count > 1) {
    throw new ConceptError(
      'no-stacking',
      'Pro Beitrag ist nur ein Punkt möglich',
      `${PROPOSALS}.${proposalId}`,
    );
  }
  if (used + count > Number(workshop.get('dotsPerParticipant'))) {
    throw new ConceptError('no-dots-left', 'Alle Punkte sind bereits vergeben', `${PROPOSALS}.${proposalId}`);
  }
  doc.transact(() => {
    const votes = nestedType(proposal, VOTES, () => new Y.Map<unknown>());
    if (count === 0) votes.delete(participant);
    else votes.set(participant, count);
  });
}

/** A measure title from a proposal's text: its first sentence or line, cut at a word near 120 characters. */
function titleFrom(text: string): string {
  const first = text.split(/\n|(?<=[.!?])\s/)[0]?.trim() || text.trim();
  if (first.length <= 120) return first;
  const cut = first.slice(0, 119);
  return `${cut.slice(0, cut.lastIndexOf(' ') > 60 ? cut.lastIndexOf(' ') : 119)}…`;
}

function paragraphs(text: string): RichTextDoc {
  const lines = text
    .split(/\n+/)
    .map((line) => line.trim())
    .filter(Boolean);
  return {
    type: 'doc',
    content: lines.length
      ? lines.map((line) => ({ type: 'paragraph', content: [{ type: 'text', text: line }] }))
      : [{ type: 'paragraph' }],
  };
}

/**
 * Turns a proposal into a measure pre-filled from it (title, description, field of action, target group;
 * status "proposed", origin recorded) and answers the proposal as promoted; returns the measure's id.
 * A proposal promoted before returns its measure.
 */
export function promoteProposal(doc: Y.Doc, proposalId: string): string {
  const proposal = requireEntity(doc, proposalSpec, proposalId);
  const existing = proposal.get('measureId');
  if (
    proposal.get('outcome') !== 'incorporated' &&
    typeof existing === 'string' &&
    isLive(doc, MEASURES, existing)
  )
    return existing;
  const text = String(proposal.get('text'));
  const fieldId = proposal.get('fieldId') as string | null;
  const targetGroup = String(proposal.get('targetGroup') ?? '').trim();
  let measureId = '';
  doc.transact(() => {
    measureId = addMeasure(doc, {
      title: titleFrom(text),
      description: paragraphs(text),
      primaryFieldId: fieldId && isLive(doc, FIELDS_OF_ACTION, fieldId) ? fieldId : null,
      targetGroups: targetGroup ? [targetGroup] : [],
      status: 'proposed',
      originWorkshopId: String(proposal.get(WORKSHOP_ID)),
      originProposalId: proposalId,
    });
    proposal.set('measureId', measureId);
    proposal.set('outcome', 'promoted');
    if (proposal.get('moderation') === 'pending') proposal.set('moderation', 'visible');
  });
  return measureId;
}
