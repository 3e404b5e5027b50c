/** The three levels of the goal system, by depth in the tree. */
export type GoalLevel = 'leitziel' | 'mittlerziel' | 'handlungsziel';

const LEVELS: GoalLevel[] = ['leitziel', 'mittlerziel', 'handlungsziel'];

/** Maximum depth of the goal tree (Leitziel → Mittlerziel → Handlungsziel). */
export const MAX_GOAL_DEPTH = LEVELS.length;

/** The level of a goal at `depth` (0 = root); deeper goals count as Handlungsziele. */
export function goalLevelAt(depth: number): GoalLevel {
  return LEVELS[Math.min(depth, LEVELS.length - 1)] as GoalLevel;
}
