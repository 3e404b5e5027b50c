import type * as Y from 'yjs';
import {
  DEFAULT_GOAL_LEVELS,
  type GoalLevelName,
  MAX_GOAL_LEVEL_NAME,
  MAX_GOAL_LEVELS,
} from '../queries/goalLevel.ts';
import { cutText } from './fieldRules.ts';
import { GOAL_LEVELS } from './keys.ts';

/** Key of the number of levels in the `goalLevels` map. */
export const LEVEL_COUNT = 'count';
/** Key of one level's singular or plural name in the `goalLevels` map. */
export function levelKey(form: keyof GoalLevelName, index: number): string {
  return `${form}.${index}`;
}

function nameAt(map: Y.Map<unknown>, form: keyof GoalLevelName, index: number): string | undefined {
  const value = map.get(levelKey(form, index));
  if (typeof value !== 'string') return undefined;
  const fitted = cutText(value.trim(), MAX_GOAL_LEVEL_NAME);
  return fitted || undefined;
}

/** Whether the concept stores its own level names (every concept from schema version 6 on). */
export function storesGoalLevels(doc: Y.Doc): boolean {
  return typeof doc.getMap<unknown>(GOAL_LEVELS).get(LEVEL_COUNT) === 'number';
}

/**
 * The concept's goal level names, top level first (1 to 6). A concept storing none reads `DEFAULT_GOAL_LEVELS`;
 * a name that is missing or unusable reads as the default's name for that level, or "Ziel der Ebene 4" below it.
 */
export function readGoalLevels(doc: Y.Doc): GoalLevelName[] {
  const map = doc.getMap<unknown>(GOAL_LEVELS);
  const stored = map.get(LEVEL_COUNT);
  if (typeof stored !== 'number' || !Number.isFinite(stored))
    return DEFAULT_GOAL_LEVELS.map((l) => ({ ...l }));
  const count = Math.min(MAX_GOAL_LEVELS, Math.max(1, Math.trunc(stored)));
  return Array.from({ length: count }, (_, i) => {
    const fallback = DEFAULT_GOAL_LEVELS[i] ?? {
      singular: `Ziel der Ebene ${i + 1}`,
      plural: `Ziele der Ebene ${i + 1}`,
    };
    return {
      singular: nameAt(map, 'singular', i) ?? fallback.singular,
      plural: nameAt(map, 'plural', i) ?? fallback.plural,
    };
  });
}

/** Writes `levels` as the concept's level names (call inside a transaction); names beyond them are removed. */
export function writeGoalLevels(doc: Y.Doc, levels: readonly GoalLevelName[]): void {
  const map = doc.getMap<unknown>(GOAL_LEVELS);
  if (map.get(LEVEL_COUNT) !== levels.length) map.set(LEVEL_COUNT, levels.length);
  levels.forEach((level, i) => {
    for (const form of ['singular', 'plural'] as const) {
      if (map.get(levelKey(form, i)) !== level[form]) map.set(levelKey(form, i), level[form]);
    }
  });
  for (let i = levels.length; i < MAX_GOAL_LEVELS; i++) {
    for (const form of ['singular', 'plural'] as const) {
      if (map.has(levelKey(form, i))) map.delete(levelKey(form, i));
    }
  }
}
