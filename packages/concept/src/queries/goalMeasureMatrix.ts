import { flattenGoalTree, type GoalNode, goalTree } from './goalTree.ts';

/** The goal×measure traceability matrix: rows are goals in tree order, columns measures in concept order. */
export interface GoalMeasureMatrix<G, M> {
  rows: GoalNode<G>[];
  measures: M[];
  /** `cells[row][column]` is true when the measure serves the goal. */
  cells: boolean[][];
}

/**
 * Builds the traceability matrix. With `onlyHandlungsziele` the rows are the Handlungsziele only,
 * the level measures are meant to serve.
 */
export function goalMeasureMatrix<
  G extends { id: string; parentId: string | null },
  M extends { goalIds: readonly string[] },
>(goals: readonly G[], measures: readonly M[], onlyHandlungsziele = false): GoalMeasureMatrix<G, M> {
  const all = flattenGoalTree(goalTree(goals));
  const rows = onlyHandlungsziele ? all.filter((n) => n.level === 'handlungsziel') : all;
  const cells = rows.map((row) => measures.map((m) => m.goalIds.includes(row.goal.id)));
  return { rows, measures: [...measures], cells };
}
