import type * as Y from 'yjs';
import { z } from 'zod/mini';
import { participantIdSchema } from '../json/conceptJsonSchema.ts';
import { lazySchema } from '../json/lazySchema.ts';
import { ConceptError } from '../model/ConceptError.ts';
import { proposalSpec, workshopSpec } from '../model/entitySpecs.ts';
import { isLive } from '../model/entityStore.ts';
import { requireEntity, updateEntity } from '../model/entityVerbs.ts';
import { PROPOSALS, WORKSHOP_ID } from '../model/keys.ts';
import { parseInput } from '../model/parseInput.ts';
import { requireWorkshopField } from './requireWorkshopField.ts';
import { participantProposalFields } from './submitProposal.ts';

const ownEditSchema = lazySchema(() => {
  const { text, fieldId, targetGroup } = participantProposalFields();
  return z.strictObject({ text: z.optional(text), fieldId, targetGroup });
});

/** What a participant may change on their own proposal. */
export type OwnProposalEdit = z.input<typeof ownEditSchema>;

/**
 * A participant changes their own proposal: only while the workshop collects, and not once the moderation
 * hid, merged or answered it.
 */
export function editOwnProposal(
  doc: Y.Doc,
  proposalId: string,
  participantId: string,
  patch: OwnProposalEdit,
): void {
  const participant = parseInput(participantIdSchema, participantId, 'participantId');
  const data = parseInput(ownEditSchema, patch, PROPOSALS);
  const proposal = requireEntity(doc, proposalSpec, proposalId);
  if (proposal.get('participantId') !== participant) {
    throw new ConceptError('not-own-proposal', 'Nur eigene Beiträge lassen sich ändern', PROPOSALS);
  }
  const workshop = requireEntity(doc, workshopSpec, String(proposal.get(WORKSHOP_ID)));
  if (workshop.get('phase') !== 'collect') {
    throw new ConceptError(
      'workshop-not-collecting',
      'Beiträge lassen sich nur beim Sammeln ändern',
      PROPOSALS,
    );
  }
  const mergedInto = proposal.get('mergedInto');
  const settled =
    proposal.get('moderation') === 'hidden' ||
    (typeof mergedInto === 'string' && isLive(doc, PROPOSALS, mergedInto)) ||
    typeof proposal.get('outcome') === 'string';
  if (settled) {
    throw new ConceptError(
      'proposal-settled',
      'Die Moderation hat diesen Beitrag schon bearbeitet',
      PROPOSALS,
    );
  }
  const fieldId =
    data.fieldId === undefined
      ? undefined
      : data.fieldId && requireWorkshopField(doc, workshop, data.fieldId);
  // In a workshop that releases first, a changed text is a new text: it waits for the moderation again.
  const recheck =
    workshop.get('release') === 'moderated' && data.text !== undefined && data.text !== proposal.get('text');
  updateEntity(doc, proposalSpec, proposalId, {
    ...(recheck && { moderation: 'pending' }),
    ...(data.text !== undefined && { text: data.text }),
    ...(fieldId !== undefined && { fieldId: fieldId || null }),
    ...(data.targetGroup !== undefined && { targetGroup: data.targetGroup }),
  });
}
