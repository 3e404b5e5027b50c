import type { FieldOfActionJSON, GoalJSON, MeasureJSON } from '../json/conceptJsonSchema.ts';
import { activityCue } from './activityCue.ts';
import type { Finding } from './Finding.ts';
import { goalCoverage } from './goalCoverage.ts';
import { DEFAULT_GOAL_LEVELS, type GoalLevelName, goalLevelName } from './goalLevel.ts';
import { flattenGoalTree, goalTree } from './goalTree.ts';
import { newFinding } from './newFinding.ts';

/** A goal as the checks read it (`fieldIds` only needed for the fields-of-action check). */
export type CheckedGoal = Pick<GoalJSON, 'id' | 'parentId' | 'title'> & { fieldIds?: readonly string[] };

/**
 * Goals of the deepest level the concept names (and any below it) that no measure serves — counted through the
 * tree as the matrix counts it (`goalCoverage`): a measure linked to a goal above serves the goals under it, so
 * they are no gap — and goals phrased as activities. The finding carries the goal's level name (`level`).
 */
export function checkGoals(
  goals: readonly CheckedGoal[],
  measures: readonly Pick<MeasureJSON, 'id' | 'goalIds'>[],
  levels: readonly GoalLevelName[] = DEFAULT_GOAL_LEVELS,
): Finding[] {
  const findings: Finding[] = [];
  const tree = flattenGoalTree(goalTree(goals, levels.length));
  const coverage = goalCoverage(tree, measures);
  for (const node of tree) {
    const { id, title } = node.goal;
    if (node.level === 'handlungsziel' && !coverage.covered(id)) {
      const level = goalLevelName(levels, node.depth);
      findings.push(
        newFinding('goal-without-measure', 'goal', id, `${level} „${title}“ hat noch keine Maßnahme`, {
          level,
        }),
      );
    }
    const cue = activityCue(title);
    if (cue) {
      findings.push(
        newFinding(
          'goal-phrased-as-activity',
          'goal',
          id,
          `„${title}“ klingt nach einer Tätigkeit („${cue}“), nicht nach einem Zustand – bitte prüfen`,
          { cue },
        ),
      );
    }
  }
  return findings;
}

/** Fields of action that no goal is assigned to. */
export function checkFieldsOfAction(
  fields: readonly Pick<FieldOfActionJSON, 'id' | 'title'>[],
  goals: readonly CheckedGoal[],
): Finding[] {
  const used = new Set(goals.flatMap((g) => g.fieldIds ?? []));
  return fields
    .filter((f) => !used.has(f.id))
    .map((f) =>
      newFinding(
        'field-without-goal',
        'fieldOfAction',
        f.id,
        `Handlungsfeld „${f.title}“ hat noch kein Ziel`,
      ),
    );
}
