import type * as Y from 'yjs';
import { actorInputSchema } from '../json/inputSchemas.ts';
import { actorSpec } from '../model/entitySpecs.ts';
import { addEntity, moveEntity, requireEntity, updateEntity } from '../model/entityVerbs.ts';
import { ACTORS } from '../model/keys.ts';
import { parseInput } from '../model/parseInput.ts';
import type { ActorInput } from './inputTypes.ts';
import { type DeleteOptions, trashEntities } from './trashVerbs.ts';

/** Adds an actor (Akteur) at `index`; returns its id. */
export function addActor(doc: Y.Doc, input: ActorInput = {}, index?: number): string {
  return addEntity(doc, actorSpec, parseInput(actorInputSchema, input, ACTORS), { index });
}

/** Changes an actor's name, type or notes. */
export function updateActor(doc: Y.Doc, id: string, patch: ActorInput): void {
  updateEntity(doc, actorSpec, id, parseInput(actorInputSchema, patch, ACTORS));
}

/** Moves an actor to `index`. */
export function moveActor(doc: Y.Doc, id: string, index: number): void {
  moveEntity(doc, actorSpec, id, { index });
}

/** Moves an actor to the Papierkorb. */
export function deleteActor(doc: Y.Doc, id: string, options: DeleteOptions = {}): void {
  requireEntity(doc, actorSpec, id);
  trashEntities(doc, [[ACTORS, id]], options);
}
