import {
  type ConceptJSON,
  DEFAULT_GOAL_LEVELS,
  flattenGoalTree,
  goalLevelName,
  goalTree,
  type MeasureJSON,
} from '@werkbank/concept';
import type { DocumentData, DocumentGoal } from './DocumentData.ts';

/** The look-ups of one concept for the document view. */
export function buildDocumentData(concept: ConceptJSON): DocumentData {
  // A saved version frozen before levels were the concept's has none: it reads the names it was written with.
  const levels = concept.goalLevels ?? DEFAULT_GOAL_LEVELS;
  const goals: DocumentGoal[] = flattenGoalTree(goalTree(concept.goals, levels.length)).map((node) => ({
    ...node,
    levelName: goalLevelName(levels, node.depth),
  }));
  const fields = new Map(concept.fieldsOfAction.map((f) => [f.id, f.title]));
  const phenomena = new Map(concept.phenomena.map((p) => [p.id, p.title]));
  const measuresOfGoal = new Map<string, MeasureJSON[]>();
  for (const measure of concept.measures) {
    for (const id of new Set(measure.goalIds))
      measuresOfGoal.set(id, [...(measuresOfGoal.get(id) ?? []), measure]);
  }
  return {
    concept,
    levels,
    goals,
    goalNode: new Map(goals.map((node) => [node.goal.id, node])),
    measuresOfGoal,
    fieldTitle: (id) => (id === null ? '' : (fields.get(id) ?? '')),
    phenomenonTitle: (id) => phenomena.get(id) ?? '',
  };
}
