import * as Y from 'yjs';
import { fieldOfActionInputSchema } from '../json/inputSchemas.ts';
import { fieldOfActionSpec } from '../model/entitySpecs.ts';
import { orderedEntities } from '../model/entityStore.ts';
import { addEntity, moveEntity, requireEntity, updateEntity } from '../model/entityVerbs.ts';
import { FIELDS_OF_ACTION, GOALS, MEASURES, PROPOSALS, WORKSHOPS } from '../model/keys.ts';
import { parseInput } from '../model/parseInput.ts';
import type { FieldOfActionInput } from './inputTypes.ts';
import { type DeleteOptions, trashEntities } from './trashVerbs.ts';

/** Adds a field of action (Handlungsfeld) at `index`; returns its id. */
export function addFieldOfAction(doc: Y.Doc, input: FieldOfActionInput = {}, index?: number): string {
  return addEntity(doc, fieldOfActionSpec, parseInput(fieldOfActionInputSchema, input, FIELDS_OF_ACTION), {
    index,
  });
}

/** Changes the title or description of a field of action. */
export function updateFieldOfAction(doc: Y.Doc, id: string, patch: FieldOfActionInput): void {
  updateEntity(doc, fieldOfActionSpec, id, parseInput(fieldOfActionInputSchema, patch, FIELDS_OF_ACTION));
}

/** Moves a field of action to `index`. */
export function moveFieldOfAction(doc: Y.Doc, id: string, index: number): void {
  moveEntity(doc, fieldOfActionSpec, id, { index });
}

function unlinkFromSet(
  entityMap: Y.Map<unknown>,
  field: string,
  id: string,
  replacement: string | null,
): void {
  const set = entityMap.get(field);
  if (!(set instanceof Y.Map) || !set.has(id)) return;
  set.delete(id);
  if (replacement) set.set(replacement, true);
}

/**
 * Moves a field of action to the Papierkorb. With `reassignTo` (another field), measures, goals, workshops and
 * proposals that named it name that field instead; without, they keep naming it — readers skip the link while
 * it lies in the Papierkorb, and it counts again once the field is restored.
 */
export function deleteFieldOfAction(
  doc: Y.Doc,
  id: string,
  reassignTo: string | null = null,
  options: DeleteOptions = {},
): void {
  requireEntity(doc, fieldOfActionSpec, id);
  if (reassignTo !== null) requireEntity(doc, fieldOfActionSpec, reassignTo);
  const target = reassignTo === id ? null : reassignTo;
  doc.transact(() => {
    if (target !== null) reassign(doc, id, target);
    trashEntities(doc, [[FIELDS_OF_ACTION, id]], options);
  });
}

function reassign(doc: Y.Doc, id: string, target: string): void {
  for (const measure of orderedEntities(doc, MEASURES)) {
    if (measure.get('primaryFieldId') === id) measure.set('primaryFieldId', target);
    const primary = measure.get('primaryFieldId');
    unlinkFromSet(measure, 'secondaryFieldIds', id, target !== primary ? target : null);
    const secondary = measure.get('secondaryFieldIds');
    // The reassigned primary may already have been listed second; a field is never both.
    if (secondary instanceof Y.Map && typeof primary === 'string') secondary.delete(primary);
  }
  for (const goal of orderedEntities(doc, GOALS)) unlinkFromSet(goal, 'fieldIds', id, target);
  for (const workshop of orderedEntities(doc, WORKSHOPS)) unlinkFromSet(workshop, 'fieldIds', id, target);
  for (const proposal of orderedEntities(doc, PROPOSALS)) {
    if (proposal.get('fieldId') === id) proposal.set('fieldId', target);
  }
}
