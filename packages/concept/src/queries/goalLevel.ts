/**
 * The role a goal's level plays in the tree: the top level (`leitziel`), the deepest level the concept names
 * (`handlungsziel`: the goals measures are meant to serve, where the SMART check applies) and any level between
 * (`mittlerziel`). The names people read come from the concept (`GoalLevelName`), not from these keys.
 */
export type GoalLevel = 'leitziel' | 'mittlerziel' | 'handlungsziel';

/** A goal level's name, as the concept's steering group calls it: "Leitziel" / "Leitziele". */
export interface GoalLevelName {
  singular: string;
  plural: string;
}

/** How many levels a concept may name, and so the deepest goal tree. */
export const MAX_GOAL_LEVELS = 6;

/** Maximum depth of any goal tree; a concept allows as many levels as it names (`goalLevels`). */
export const MAX_GOAL_DEPTH = MAX_GOAL_LEVELS;

/** Longest level name, singular or plural. */
export const MAX_GOAL_LEVEL_NAME = 60;

/**
 * The names of concepts that store none (stored before the names were the concept's, or imported from Concept
 * JSON without them): what both templates named their levels then.
 */
export const DEFAULT_GOAL_LEVELS: readonly GoalLevelName[] = [
  { singular: 'Leitziel', plural: 'Leitziele' },
  { singular: 'Mittlerziel', plural: 'Mittlerziele' },
  { singular: 'Handlungsziel', plural: 'Handlungsziele' },
];

/**
 * The role of the level at `depth` (0 = root) in a concept naming `levelCount` levels: the deepest named level
 * (and anything an import put below it) is `handlungsziel`, the root of a deeper tree `leitziel`.
 */
export function goalLevelAt(depth: number, levelCount: number = DEFAULT_GOAL_LEVELS.length): GoalLevel {
  if (depth >= levelCount - 1) return 'handlungsziel';
  return depth === 0 ? 'leitziel' : 'mittlerziel';
}

/**
 * The name of the level at `depth` (0 = root). A goal below the deepest named level (only an import or a
 * concurrent removal of a level puts one there) reads "Ziel der Ebene 5", so it never passes for the level above.
 * @example goalLevelName(levels, 1, 'plural') // 'Mittlerziele'
 */
export function goalLevelName(
  levels: readonly GoalLevelName[],
  depth: number,
  form: keyof GoalLevelName = 'singular',
): string {
  const named = levels[depth];
  if (named) return named[form];
  return form === 'plural' ? `Ziele der Ebene ${depth + 1}` : `Ziel der Ebene ${depth + 1}`;
}

/**
 * A count of goals of one level in German: "1 Leitziel", "2 Mittlerziele", "keine Handlungsziele".
 * @example goalLevelCount(levels, 0, 1) // '1 Leitziel'
 */
export function goalLevelCount(levels: readonly GoalLevelName[], depth: number, count: number): string {
  if (count === 0) return `keine ${goalLevelName(levels, depth, 'plural')}`;
  return `${count} ${goalLevelName(levels, depth, count === 1 ? 'singular' : 'plural')}`;
}

/**
 * A first guess at a level name's plural, for a person to correct: "Teilziel" → "Teilziele", "Strategisches Ziel"
 * → "Strategische Ziele", "Maßnahme" → "Maßnahmen". Words it does not know stay as they are.
 */
export function suggestGoalLevelPlural(singular: string): string {
  const words = singular.trim().split(/\s+/).filter(Boolean);
  const noun = words.pop();
  if (!noun) return '';
  const adjectives = words.map((word) => (/^\p{L}{2,}(es|er)$/u.test(word) ? word.slice(0, -1) : word));
  return [...adjectives, pluralOfNoun(noun)].join(' ');
}

function pluralOfNoun(noun: string): string {
  if (/ziel$/i.test(noun)) return `${noun}e`;
  if (/(ung|heit|keit|schaft|ion)$/.test(noun)) return `${noun}en`;
  if (/e$/.test(noun)) return `${noun}n`;
  return noun;
}
