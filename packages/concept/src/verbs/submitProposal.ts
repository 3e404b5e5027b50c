import type * as Y from 'yjs';
import { z } from 'zod/mini';
import { participantIdSchema } from '../json/conceptJsonSchema.ts';
import { lazySchema } from '../json/lazySchema.ts';
import { ConceptError } from '../model/ConceptError.ts';
import { proposalSpec, workshopSpec } from '../model/entitySpecs.ts';
import { collection, type EntityMap } from '../model/entityStore.ts';
import { addEntity, requireEntity } from '../model/entityVerbs.ts';
import { PROPOSALS, WORKSHOP_ID } from '../model/keys.ts';
import { parseInput } from '../model/parseInput.ts';
import { requireWorkshopField } from './requireWorkshopField.ts';

/** Longest proposal text a participant may send. */
export const MAX_PROPOSAL_LENGTH = 1000;

/** The rules for what a participant writes into a proposal, sent new or edited later (`editOwnProposal`). */
export function participantProposalFields() {
  return {
    text: z
      .string()
      .check(
        z.trim(),
        z.minLength(1, 'Bitte geben Sie einen Text ein'),
        z.maxLength(MAX_PROPOSAL_LENGTH, `Höchstens ${MAX_PROPOSAL_LENGTH} Zeichen`),
      ),
    fieldId: z.optional(z.nullable(z.string().check(z.maxLength(64)))),
    targetGroup: z.optional(z.string().check(z.trim(), z.maxLength(120))),
  };
}

const submissionSchema = lazySchema(() =>
  z.strictObject({
    submissionId: z.string().check(z.regex(/^[A-Za-z0-9_-]{8,64}$/, 'Sendungs-ID ungültig')),
    ...participantProposalFields(),
    author: z.optional(z.string().check(z.trim(), z.maxLength(60))),
  }),
);

/** What a participant sends with a proposal. */
export type ProposalSubmission = z.input<typeof submissionSchema>;

/**
 * A participant's proposal, added while the workshop collects. Sending the same `submissionId` again (a phone
 * retrying after a lost answer) returns the first proposal instead of adding a second one.
 */
export function submitProposal(
  doc: Y.Doc,
  workshopId: string,
  participantId: string,
  input: ProposalSubmission,
): { id: string; created: boolean } {
  const participant = parseInput(participantIdSchema, participantId, 'participantId');
  const data = parseInput(submissionSchema, input, PROPOSALS);
  const workshop = requireEntity(doc, workshopSpec, workshopId);
  let earlier: EntityMap | undefined;
  // Unsorted: a resend is found in one pass, however many proposals the workshop has.
  for (const p of collection(doc, PROPOSALS).values()) {
    if (p.get('submissionId') !== data.submissionId || p.get('participantId') !== participant) continue;
    if (p.get(WORKSHOP_ID) === workshopId) earlier = p;
  }
  if (earlier) return { id: String(earlier.get('id')), created: false };
  if (workshop.get('phase') !== 'collect') {
    throw new ConceptError('workshop-not-collecting', 'Es werden gerade keine Beiträge gesammelt', PROPOSALS);
  }
  const fieldId = data.fieldId ? requireWorkshopField(doc, workshop, data.fieldId) : null;
  const id = addEntity(doc, proposalSpec, {
    workshopId,
    text: data.text,
    fieldId,
    targetGroup: data.targetGroup ?? '',
    author: data.author ?? '',
    participantId: participant,
    submissionId: data.submissionId,
    createdAt: new Date().toISOString(),
    moderation: workshop.get('release') === 'moderated' ? 'pending' : 'visible',
  });
  return { id, created: true };
}
