import * as Y from 'yjs';
import { z } from 'zod/mini';
import { proposalInputSchema } from '../json/inputSchemas.ts';
import { ConceptError } from '../model/ConceptError.ts';
import { measureSpec, proposalSpec, workshopSpec } from '../model/entitySpecs.ts';
import { orderedEntities } from '../model/entityStore.ts';
import { addEntity, removeEntity, requireEntity, updateEntity } from '../model/entityVerbs.ts';
import { PROPOSALS, VOTES, WORKSHOP_ID } from '../model/keys.ts';
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
  if (used + count > Number(workshop.get('dotsPerParticipant'))) {
    throw new ConceptError('no-dots-left', 'Alle Punkte sind bereits vergeben', `${PROPOSALS}.${proposalId}`);
  }
  doc.transact(() => {
    const votes = nestedType(proposal, VOTES, () => new Y.Map<unknown>());
    if (count === 0) votes.delete(participant);
    else votes.set(participant, count);
  });
}

/** Turns a proposal into a measure (status "proposed", origin recorded); returns the measure's id. */
export function promoteProposal(doc: Y.Doc, proposalId: string): string {
  const proposal = requireEntity(doc, proposalSpec, proposalId);
  const existing = proposal.get('measureId');
  if (typeof existing === 'string' && doc.getMap(measureSpec.collection).has(existing)) return existing;
  const text = String(proposal.get('text'));
  const fieldId = proposal.get('fieldId') as string | null;
  let measureId = '';
  doc.transact(() => {
    measureId = addMeasure(doc, {
      title: text.length > 200 ? `${text.slice(0, 197)}…` : text,
      primaryFieldId: fieldId && doc.getMap('fieldsOfAction').has(fieldId) ? fieldId : null,
      status: 'proposed',
      originWorkshopId: String(proposal.get(WORKSHOP_ID)),
      originProposalId: proposalId,
    });
    proposal.set('measureId', measureId);
  });
  return measureId;
}
