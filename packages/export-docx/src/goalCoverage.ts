import type { GoalJSON, GoalNode, MeasureJSON } from '@werkbank/concept';

/** How the measures reach the goal tree. */
export interface GoalCoverage {
  /** The measures linked to each goal directly, in concept order. */
  direct: Map<string, MeasureJSON[]>;
  /** The depths (0 = Leitziel) of the goals measures are linked to, shallowest first. */
  linkedDepths: number[];
  /** Whether a measure serves the goal, one of its subgoals or one of the goals above it. */
  covered: (goalId: string) => boolean;
  /** Whether `measure` serves a goal below `goalId` (not the goal itself). */
  servesBelow: (goalId: string, measure: MeasureJSON) => boolean;
  /** The goals nothing serves, above or below, each gap named once by its topmost goal, in reading order. */
  gaps: GoalNode<GoalJSON>[];
}

/**
 * Coverage counted through the goal tree: a measure serving a Handlungsziel serves its Mittlerziel and Leitziel,
 * and a measure serving a Mittlerziel serves the Handlungsziele under it, so neither reads as a goal without
 * measures. `goals` is the flattened tree in reading order.
 */
export function goalCoverage(
  goals: readonly GoalNode<GoalJSON>[],
  measures: readonly MeasureJSON[],
): GoalCoverage {
  const byId = new Map(goals.map((node) => [node.goal.id, node]));
  const direct = new Map<string, MeasureJSON[]>();
  for (const measure of measures) {
    for (const id of new Set(measure.goalIds)) {
      if (!byId.has(id)) continue;
      const list = direct.get(id) ?? [];
      list.push(measure);
      direct.set(id, list);
    }
  }
  // Every goal a measure reaches: the linked goal, its ancestors (served through it) and its descendants.
  const below = new Map<string, Set<MeasureJSON>>();
  const reached = new Set<string>();
  const parentOf = new Map<string, GoalNode<GoalJSON> | undefined>();
  const walk = (nodes: readonly GoalNode<GoalJSON>[], parent: GoalNode<GoalJSON> | undefined) => {
    for (const node of nodes) {
      parentOf.set(node.goal.id, parent);
      walk(node.children, node);
    }
  };
  walk(
    goals.filter((n) => n.depth === 0),
    undefined,
  );
  const reachDown = (node: GoalNode<GoalJSON>) => {
    reached.add(node.goal.id);
    for (const child of node.children) reachDown(child);
  };
  for (const [id, list] of direct) {
    const node = byId.get(id) as GoalNode<GoalJSON>;
    reachDown(node);
    for (let up = parentOf.get(id); up; up = parentOf.get(up.goal.id)) {
      reached.add(up.goal.id);
      const set = below.get(up.goal.id) ?? new Set();
      for (const m of list) set.add(m);
      below.set(up.goal.id, set);
    }
  }
  const covered = (goalId: string) => reached.has(goalId);
  return {
    direct,
    linkedDepths: [...new Set([...direct.keys()].map((id) => byId.get(id)?.depth ?? 0))].sort(
      (a, b) => a - b,
    ),
    covered,
    servesBelow: (goalId, measure) => below.get(goalId)?.has(measure) ?? false,
    gaps: goals.filter((node) => {
      const parent = parentOf.get(node.goal.id);
      return !covered(node.goal.id) && (parent === undefined || covered(parent.goal.id));
    }),
  };
}
