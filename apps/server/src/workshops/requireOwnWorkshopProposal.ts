import { findEntity, keys } from '@werkbank/concept';
import type * as Y from 'yjs';
import { HttpError } from '../http/HttpError.ts';

/** 404 `proposal-not-found` unless `proposalId` is a proposal of this workshop. */
export function requireOwnWorkshopProposal(doc: Y.Doc, workshopId: string, proposalId: string): void {
  const proposal = findEntity(doc, keys.PROPOSALS, proposalId);
  if (proposal?.get(keys.WORKSHOP_ID) !== workshopId) throw new HttpError(404, 'proposal-not-found');
}
