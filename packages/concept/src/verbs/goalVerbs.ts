import type * as Y from 'yjs';
import { goalInputSchema, goalPatchSchema } from '../json/inputSchemas.ts';
import { ConceptError } from '../model/ConceptError.ts';
import { goalSpec } from '../model/entitySpecs.ts';
import { type EntityMap, orderedEntities, orderOf } from '../model/entityStore.ts';
import { addEntity, moveEntity, requireEntity, updateEntity } from '../model/entityVerbs.ts';
import { readGoalLevels } from '../model/goalLevelStore.ts';
import { GOALS, ID, ORDER, PARENT_ID } from '../model/keys.ts';
import { orderKeyBetween } from '../model/orderKeys.ts';
import { parseInput } from '../model/parseInput.ts';
import { effectiveParents } from '../queries/effectiveParents.ts';
import type { GoalInput, GoalPatch } from './inputTypes.ts';
import { requireReferences } from './requireReferences.ts';
import { type DeleteOptions, trashEntities } from './trashVerbs.ts';

function parents(doc: Y.Doc): Map<string, string | null> {
  return effectiveParents(
    orderedEntities(doc, GOALS).map((g) => ({
      id: String(g.get(ID)),
      parentId: (g.get(PARENT_ID) as string) ?? null,
    })),
  );
}

function depthOf(parentMap: Map<string, string | null>, id: string | null): number {
  let depth = -1;
  for (let current = id; current !== null; current = parentMap.get(current) ?? null) depth++;
  return depth;
}

function descendants(parentMap: Map<string, string | null>, id: string): string[] {
  const out: string[] = [];
  for (const [child, parent] of parentMap)
    if (parent === id) out.push(child, ...descendants(parentMap, child));
  return out;
}

function heightOf(parentMap: Map<string, string | null>, id: string): number {
  const children = [...parentMap].filter(([, parent]) => parent === id).map(([child]) => child);
  return 1 + Math.max(0, ...children.map((child) => heightOf(parentMap, child)));
}

function siblingsOf(parentId: string | null): (goal: EntityMap) => boolean {
  return (goal) => ((goal.get(PARENT_ID) as string | null) ?? null) === parentId;
}

/** How many levels the concept names: the depth its goal tree may reach. */
function levelCount(doc: Y.Doc): number {
  return readGoalLevels(doc).length;
}

function tooDeep(doc: Y.Doc): ConceptError {
  const levels = readGoalLevels(doc);
  const deepest = levels.at(-1)?.singular ?? '';
  return new ConceptError(
    'too-deep',
    `Ziele haben hier höchstens ${levels.length} Ebenen; „${deepest}“ ist die unterste`,
    `${GOALS}.parentId`,
    { deepest, count: String(levels.length) },
  );
}

/**
 * Adds a goal under `parentId` (null: a Leitziel) at `index` among its siblings; returns its id.
 * @example const leitziel = addGoal(doc, { title: 'Teilhabe stärken' });
 */
export function addGoal(doc: Y.Doc, input: GoalInput = {}, index?: number): string {
  const data = parseInput(goalInputSchema, input, GOALS);
  requireReferences(doc, goalSpec, data);
  const parentId = data.parentId ?? null;
  if (depthOf(parents(doc), parentId) + 1 >= levelCount(doc)) throw tooDeep(doc);
  return addEntity(doc, goalSpec, { ...data, parentId }, { index, siblings: siblingsOf(parentId) });
}

/** Changes fields of a goal (use `moveGoal` to change its parent). */
export function updateGoal(doc: Y.Doc, id: string, patch: GoalPatch): void {
  const data = parseInput(goalPatchSchema, patch, GOALS);
  requireReferences(doc, goalSpec, data);
  updateEntity(doc, goalSpec, id, data);
}

/**
 * Moves a goal under `parentId` at `index`; refused if it would become its own ancestor or reach below the
 * deepest level the concept names.
 */
export function moveGoal(doc: Y.Doc, id: string, parentId: string | null, index?: number): void {
  const goal = requireEntity(doc, goalSpec, id);
  if (parentId !== null) requireEntity(doc, goalSpec, parentId);
  const parentMap = parents(doc);
  if (parentId === id || (parentId !== null && descendants(parentMap, id).includes(parentId))) {
    throw new ConceptError(
      'cycle',
      'Ein Ziel kann nicht unter sich selbst eingeordnet werden',
      `${GOALS}.${id}`,
    );
  }
  // The subtree's deepest goal after the move; a tree an import made deeper than the named levels may still be
  // reordered at its depth, just not pushed deeper.
  const deepest = depthOf(parentMap, parentId) + heightOf(parentMap, id);
  const deepestNow = depthOf(parentMap, parentMap.get(id) ?? null) + heightOf(parentMap, id);
  if (deepest >= levelCount(doc) && deepest > deepestNow) throw tooDeep(doc);
  doc.transact(() => {
    goal.set(PARENT_ID, parentId);
    moveEntity(doc, goalSpec, id, { index, siblings: siblingsOf(parentId) });
  });
}

/** What happens to the children of a deleted goal. */
export type ChildrenPolicy = 'reparent' | 'delete';

/**
 * Moves a goal to the Papierkorb. Its children either take its place under its parent (`reparent`) or go to
 * the Papierkorb with it (`delete`, one batch that is restored together). Measures keep their links to it:
 * readers skip them while it lies there, and they count again once it is restored.
 */
export function deleteGoal(
  doc: Y.Doc,
  id: string,
  children: ChildrenPolicy,
  options: DeleteOptions = {},
): void {
  const goal = requireEntity(doc, goalSpec, id);
  const parentMap = parents(doc);
  const parentId = parentMap.get(id) ?? null;
  const removed = children === 'delete' ? [id, ...descendants(parentMap, id)] : [id];
  doc.transact(() => {
    if (children === 'reparent') {
      const siblings = orderedEntities(doc, GOALS, siblingsOf(parentId));
      const next = siblings[siblings.indexOf(goal) + 1];
      let before = orderOf(goal) || null;
      for (const child of orderedEntities(doc, GOALS, siblingsOf(id))) {
        const key = orderKeyBetween(before, (next && orderOf(next)) || null);
        child.set(PARENT_ID, parentId);
        child.set(ORDER, key);
        before = key;
      }
    }
    trashEntities(
      doc,
      removed.map((goalId) => [GOALS, goalId] as const),
      options,
    );
  });
}
