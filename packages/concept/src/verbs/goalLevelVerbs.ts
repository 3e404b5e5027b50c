import type * as Y from 'yjs';
import { goalLevelNameSchema } from '../json/conceptJsonSchema.ts';
import { readGoals } from '../json/readers.ts';
import { ConceptError } from '../model/ConceptError.ts';
import { readGoalLevels, writeGoalLevels } from '../model/goalLevelStore.ts';
import { GOAL_LEVELS } from '../model/keys.ts';
import { parseInput } from '../model/parseInput.ts';
import { type GoalLevelName, MAX_GOAL_LEVELS } from '../queries/goalLevel.ts';
import { flattenGoalTree, goalTree } from '../queries/goalTree.ts';

/** How deep the concept's live goals reach: 0 for Leitziele only, -1 for no goals. */
export function deepestGoalDepth(doc: Y.Doc): number {
  return Math.max(-1, ...flattenGoalTree(goalTree(readGoals(doc))).map((n) => n.depth));
}

/**
 * Renames the goal level at `index` (0 = top level), singular and plural. A concept storing no names yet stores
 * all of them with it, so the others keep reading as before.
 * @example renameGoalLevel(doc, 1, { singular: 'Teilziel', plural: 'Teilziele' });
 */
export function renameGoalLevel(doc: Y.Doc, index: number, name: GoalLevelName): void {
  const data = parseInput(goalLevelNameSchema, name, `${GOAL_LEVELS}.${index}`);
  const levels = readGoalLevels(doc);
  if (!Number.isInteger(index) || index < 0 || index >= levels.length) {
    throw new ConceptError('not-found', `Es gibt keine Zielebene ${index + 1}`, `${GOAL_LEVELS}.${index}`);
  }
  levels[index] = data;
  doc.transact(() => writeGoalLevels(doc, levels));
}

/**
 * Adds a level below the deepest one (up to six); goals of the deepest level can then have subgoals.
 * @example addGoalLevel(doc, { singular: 'Maßnahmenziel', plural: 'Maßnahmenziele' });
 */
export function addGoalLevel(doc: Y.Doc, name: GoalLevelName): void {
  const levels = readGoalLevels(doc);
  const data = parseInput(goalLevelNameSchema, name, `${GOAL_LEVELS}.${levels.length}`);
  if (levels.length >= MAX_GOAL_LEVELS) {
    throw new ConceptError('too-many-levels', `Ziele haben höchstens ${MAX_GOAL_LEVELS} Ebenen`, GOAL_LEVELS);
  }
  doc.transact(() => writeGoalLevels(doc, [...levels, data]));
}

/** Removes the deepest level; refused while a goal (not in the Papierkorb) is on it, or when it is the only one. */
export function removeGoalLevel(doc: Y.Doc): void {
  const levels = readGoalLevels(doc);
  const deepest = levels.at(-1);
  if (levels.length <= 1 || !deepest) {
    throw new ConceptError('last-level', 'Eine Zielebene muss bleiben', GOAL_LEVELS);
  }
  if (deepestGoalDepth(doc) >= levels.length - 1) {
    throw new ConceptError(
      'level-in-use',
      `Die Ebene „${deepest.singular}“ hat noch Ziele`,
      `${GOAL_LEVELS}.${levels.length - 1}`,
      { level: deepest.singular },
    );
  }
  doc.transact(() => writeGoalLevels(doc, levels.slice(0, -1)));
}
