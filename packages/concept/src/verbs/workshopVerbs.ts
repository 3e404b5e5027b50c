import type * as Y from 'yjs';
import { workshopInputSchema } from '../json/inputSchemas.ts';
import { proposalSpec, workshopSpec } from '../model/entitySpecs.ts';
import { orderedEntities } from '../model/entityStore.ts';
import { addEntity, moveEntity, removeEntity, requireEntity, updateEntity } from '../model/entityVerbs.ts';
import { MEASURES, PROPOSALS, WORKSHOP_ID, WORKSHOPS } from '../model/keys.ts';
import { parseInput } from '../model/parseInput.ts';
import type { WorkshopInput } from './inputTypes.ts';
import { requireReferences } from './requireReferences.ts';

/** Adds a participation format (workshop, Demokratiekonferenz, World Café) at `index`; returns its id. */
export function addWorkshop(doc: Y.Doc, input: WorkshopInput = {}, index?: number): string {
  const data = parseInput(workshopInputSchema, input, WORKSHOPS);
  requireReferences(doc, workshopSpec, data);
  return addEntity(doc, workshopSpec, data, { index });
}

/** Changes a workshop's fields, including its phase (collect → vote → closed). */
export function updateWorkshop(doc: Y.Doc, id: string, patch: WorkshopInput): void {
  const data = parseInput(workshopInputSchema, patch, WORKSHOPS);
  requireReferences(doc, workshopSpec, data);
  updateEntity(doc, workshopSpec, id, data);
}

/** Moves a workshop to `index`. */
export function moveWorkshop(doc: Y.Doc, id: string, index: number): void {
  moveEntity(doc, workshopSpec, id, { index });
}

/** Deletes a workshop with its proposals; measures that came from it keep existing without an origin. */
export function deleteWorkshop(doc: Y.Doc, id: string): void {
  requireEntity(doc, workshopSpec, id);
  doc.transact(() => {
    for (const measure of orderedEntities(doc, MEASURES, (m) => m.get('originWorkshopId') === id)) {
      measure.set('originWorkshopId', null);
      measure.set('originProposalId', null);
    }
    for (const proposal of orderedEntities(doc, PROPOSALS, (p) => p.get(WORKSHOP_ID) === id)) {
      removeEntity(doc, proposalSpec, String(proposal.get('id')));
    }
    removeEntity(doc, workshopSpec, id);
  });
}
