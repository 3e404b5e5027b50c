import * as Y from 'yjs';
import { z } from 'zod/mini';
import { proposalOutcomeSchema } from '../json/conceptJsonSchema.ts';
import { lazySchema } from '../json/lazySchema.ts';
import { ConceptError } from '../model/ConceptError.ts';
import { measureSpec, proposalSpec } from '../model/entitySpecs.ts';
import { orderedEntities } from '../model/entityStore.ts';
import { requireEntity, updateEntity } from '../model/entityVerbs.ts';
import { PROPOSALS, VOTES, WORKSHOP_ID } from '../model/keys.ts';
import { parseInput } from '../model/parseInput.ts';
import { nestedType } from '../model/writeEntityFields.ts';

/** Shows a proposal that waited for release on the wall and to the other participants. */
export function releaseProposal(doc: Y.Doc, id: string): void {
  updateEntity(doc, proposalSpec, id, { moderation: 'visible' });
}

/** Hides an abusive or identifying proposal from the wall, the participants and the export. */
export function hideProposal(doc: Y.Doc, id: string): void {
  updateEntity(doc, proposalSpec, id, { moderation: 'hidden' });
}

/**
 * Merges duplicates into `targetId`: their votes add up on the target, their texts stay (each source keeps
 * its text and points to the target with `mergedInto`); proposals merged into a source follow it. A pending
 * duplicate counts as released by the merge, a hidden one stays hidden.
 */
export function mergeProposals(doc: Y.Doc, targetId: string, sourceIds: readonly string[]): void {
  const target = requireEntity(doc, proposalSpec, targetId);
  const workshopId = target.get(WORKSHOP_ID);
  if (typeof target.get('mergedInto') === 'string') {
    throw new ConceptError('merged', 'Dieser Beitrag ist selbst schon zusammengeführt', PROPOSALS);
  }
  const sources = sourceIds.map((id) => requireEntity(doc, proposalSpec, id));
  for (const source of sources) {
    if (source === target || source.get(WORKSHOP_ID) !== workshopId) {
      throw new ConceptError(
        'invalid-merge',
        'Nur Beiträge desselben Formats lassen sich zusammenführen',
        PROPOSALS,
      );
    }
  }
  doc.transact(() => {
    const targetVotes = nestedType(target, VOTES, () => new Y.Map<unknown>());
    for (const source of sources) {
      const sourceId = String(source.get('id'));
      const votes = source.get(VOTES);
      if (votes instanceof Y.Map) {
        for (const [participant, dots] of votes.entries()) {
          targetVotes.set(participant, Number(targetVotes.get(participant) ?? 0) + Number(dots));
        }
        votes.clear();
      }
      source.set('mergedInto', targetId);
      // The moderator read it to call it a duplicate: its text may show under the target from now on.
      if (source.get('moderation') === 'pending') source.set('moderation', 'visible');
      for (const child of orderedEntities(doc, PROPOSALS, (p) => p.get('mergedInto') === sourceId)) {
        child.set('mergedInto', targetId);
      }
    }
  });
}

const answerSchema = lazySchema(() =>
  z.strictObject({
    outcome: z.nullable(proposalOutcomeSchema),
    reason: z.optional(z.string().check(z.trim(), z.maxLength(500))),
    measureId: z.optional(z.nullable(z.string().check(z.maxLength(64)))),
  }),
);

/** The moderation's answer to a proposal. */
export type ProposalAnswer = z.input<typeof answerSchema>;

/**
 * Records what became of a proposal, with a short reason participants read after the workshop. An answer
 * "incorporated" names the existing measure the proposal flowed into; `outcome: null` withdraws the answer.
 */
export function answerProposal(doc: Y.Doc, id: string, answer: ProposalAnswer): void {
  const data = parseInput(answerSchema, answer, PROPOSALS);
  const proposal = requireEntity(doc, proposalSpec, id);
  if (data.outcome === 'incorporated') {
    if (!data.measureId) throw new ConceptError('measure-missing', 'Bitte eine Maßnahme wählen', PROPOSALS);
    requireEntity(doc, measureSpec, data.measureId);
  }
  const keepsMeasure = data.outcome === 'promoted';
  const measureId =
    data.outcome === 'incorporated' ? data.measureId : keepsMeasure ? proposal.get('measureId') : null;
  updateEntity(doc, proposalSpec, id, {
    outcome: data.outcome,
    outcomeReason: data.reason ?? '',
    measureId: (measureId as string | null | undefined) ?? null,
  });
}
