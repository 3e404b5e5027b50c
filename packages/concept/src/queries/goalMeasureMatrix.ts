import { type GoalCoverage, goalCoverage } from './goalCoverage.ts';
import { flattenGoalTree, type GoalNode, goalTree } from './goalTree.ts';
import { groupMeasuresByField, type MeasureGroup } from './groupMeasuresByField.ts';

interface MatrixGoal {
  id: string;
  parentId: string | null;
}

interface MatrixMeasure {
  id: string;
  goalIds: readonly string[];
  primaryFieldId: string | null;
  secondaryFieldIds: readonly string[];
}

/** The goal×measure traceability matrix: goals down in tree order, measures across, grouped by field of action. */
export interface GoalMeasureMatrix<G extends MatrixGoal, M extends MatrixMeasure> {
  /** Every goal of the tree in reading order (pre-order), at any level. */
  rows: GoalNode<G>[];
  /** The measures by primary field of action, then those without one; empty groups included. */
  groups: MeasureGroup<M>[];
  /** Which measure serves which goal, counted through the tree (`coverage.state(goalId, measure)` per cell). */
  coverage: GoalCoverage<G, M>;
}

/**
 * Builds the traceability matrix from live goals, measures and fields of action (readers' output or Concept
 * JSON). The Word export's matrix reads the same coverage, so the app and the document agree on every gap.
 * @example const { rows, groups, coverage } = goalMeasureMatrix(goals, measures, fields)
 */
export function goalMeasureMatrix<G extends MatrixGoal, M extends MatrixMeasure>(
  goals: readonly G[],
  measures: readonly M[],
  fields: readonly { id: string }[],
): GoalMeasureMatrix<G, M> {
  const rows = flattenGoalTree(goalTree(goals));
  return { rows, groups: groupMeasuresByField(fields, measures), coverage: goalCoverage(rows, measures) };
}
