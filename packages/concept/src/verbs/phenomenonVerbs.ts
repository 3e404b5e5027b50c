import * as Y from 'yjs';
import { phenomenonInputSchema } from '../json/inputSchemas.ts';
import { phenomenonSpec } from '../model/entitySpecs.ts';
import { orderedEntities } from '../model/entityStore.ts';
import { addEntity, moveEntity, removeEntity, requireEntity, updateEntity } from '../model/entityVerbs.ts';
import { MEASURES, PHENOMENA } from '../model/keys.ts';
import { parseInput } from '../model/parseInput.ts';
import type { PhenomenonInput } from './inputTypes.ts';

/** Adds a phenomenon area (Themenfeld) at `index`; returns its id. */
export function addPhenomenon(doc: Y.Doc, input: PhenomenonInput = {}, index?: number): string {
  return addEntity(doc, phenomenonSpec, parseInput(phenomenonInputSchema, input, PHENOMENA), { index });
}

/** Changes a phenomenon area. */
export function updatePhenomenon(doc: Y.Doc, id: string, patch: PhenomenonInput): void {
  updateEntity(doc, phenomenonSpec, id, parseInput(phenomenonInputSchema, patch, PHENOMENA));
}

/** Moves a phenomenon area to `index`. */
export function movePhenomenon(doc: Y.Doc, id: string, index: number): void {
  moveEntity(doc, phenomenonSpec, id, { index });
}

/** Deletes a phenomenon area and removes it from every measure. */
export function deletePhenomenon(doc: Y.Doc, id: string): void {
  requireEntity(doc, phenomenonSpec, id);
  doc.transact(() => {
    for (const measure of orderedEntities(doc, MEASURES)) {
      const set = measure.get('phenomenonIds');
      if (set instanceof Y.Map) set.delete(id);
    }
    removeEntity(doc, phenomenonSpec, id);
  });
}
