import type { GoalNode } from './goalTree.ts';

/** How one measure stands to one goal: linked to it, linked to a goal below it, or neither. */
export type CoverageState = 'direct' | 'below' | 'none';

interface CoveredGoal {
  id: string;
}

interface CoveringMeasure {
  id: string;
  goalIds: readonly string[];
}

/** How the measures reach the goal tree. */
export interface GoalCoverage<G extends CoveredGoal, M extends CoveringMeasure> {
  /** The measures linked to each goal directly, in concept order. */
  direct: Map<string, M[]>;
  /** The depths (0 = Leitziel) of the goals measures are linked to, shallowest first. */
  linkedDepths: number[];
  /** Whether a measure serves the goal, one of its subgoals or one of the goals above it. */
  covered: (goalId: string) => boolean;
  /** Whether `measure` serves a goal below `goalId` (not the goal itself). */
  servesBelow: (goalId: string, measure: M) => boolean;
  /** `direct` when `measure` is linked to the goal, `below` when only to goals under it, else `none`. */
  state: (goalId: string, measure: M) => CoverageState;
  /** The goals nothing serves, above or below, each gap named once by its topmost goal, in reading order. */
  gaps: GoalNode<G>[];
  /** The measures linked to no goal of the tree (links to goals not in it do not count), in concept order. */
  withoutGoal: M[];
}

function parentsOf<G>(goals: readonly GoalNode<G>[]): Map<GoalNode<G>, GoalNode<G> | undefined> {
  const parentOf = new Map<GoalNode<G>, GoalNode<G> | undefined>();
  const walk = (nodes: readonly GoalNode<G>[], parent: GoalNode<G> | undefined) => {
    for (const node of nodes) {
      parentOf.set(node, parent);
      walk(node.children, node);
    }
  };
  walk(
    goals.filter((n) => n.depth === 0),
    undefined,
  );
  return parentOf;
}

/**
 * Coverage counted through the goal tree: a measure serving a Handlungsziel serves its Mittlerziel and Leitziel,
 * and a measure serving a Mittlerziel serves the Handlungsziele under it, so neither reads as a goal without
 * measures. Links may sit at any level. `goals` is the flattened tree in reading order (`flattenGoalTree`), so
 * goals in the Papierkorb, which the readers leave out, count as absent.
 * @example goalCoverage(flattenGoalTree(goalTree(concept.goals)), concept.measures).gaps
 */
export function goalCoverage<G extends CoveredGoal, M extends CoveringMeasure>(
  goals: readonly GoalNode<G>[],
  measures: readonly M[],
): GoalCoverage<G, M> {
  const byId = new Map(goals.map((node) => [node.goal.id, node]));
  const parentOf = parentsOf(goals);
  const direct = new Map<string, M[]>();
  const directIds = new Map<string, Set<string>>();
  const withoutGoal: M[] = [];
  for (const measure of measures) {
    let linked = false;
    for (const id of new Set(measure.goalIds)) {
      if (!byId.has(id)) continue;
      linked = true;
      const list = direct.get(id) ?? [];
      list.push(measure);
      direct.set(id, list);
      directIds.set(id, (directIds.get(id) ?? new Set()).add(measure.id));
    }
    if (!linked) withoutGoal.push(measure);
  }
  // Every goal a measure reaches: the linked goal, its ancestors (served through it) and its descendants.
  const below = new Map<string, Set<string>>();
  const reached = new Set<string>();
  const reachDown = (node: GoalNode<G>) => {
    reached.add(node.goal.id);
    for (const child of node.children) reachDown(child);
  };
  for (const [id, list] of direct) {
    const node = byId.get(id) as GoalNode<G>;
    reachDown(node);
    for (let up = parentOf.get(node); up; up = parentOf.get(up)) {
      reached.add(up.goal.id);
      const set = below.get(up.goal.id) ?? new Set();
      for (const m of list) set.add(m.id);
      below.set(up.goal.id, set);
    }
  }
  const covered = (goalId: string) => reached.has(goalId);
  const servesBelow = (goalId: string, measure: M) => below.get(goalId)?.has(measure.id) ?? false;
  return {
    direct,
    linkedDepths: [...new Set([...direct.keys()].map((id) => byId.get(id)?.depth ?? 0))].sort(
      (a, b) => a - b,
    ),
    covered,
    servesBelow,
    state: (goalId, measure) =>
      directIds.get(goalId)?.has(measure.id) ? 'direct' : servesBelow(goalId, measure) ? 'below' : 'none',
    gaps: goals.filter((node) => {
      const parent = parentOf.get(node);
      return !covered(node.goal.id) && (parent === undefined || covered(parent.goal.id));
    }),
    withoutGoal,
  };
}
