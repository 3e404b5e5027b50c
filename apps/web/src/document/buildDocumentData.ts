import { type ConceptJSON, flattenGoalTree, goalTree, type MeasureJSON } from '@werkbank/concept';
import type { DocumentData } from './DocumentData.ts';

/** The look-ups of one concept for the document view. */
export function buildDocumentData(concept: ConceptJSON): DocumentData {
  const goals = flattenGoalTree(goalTree(concept.goals));
  const fields = new Map(concept.fieldsOfAction.map((f) => [f.id, f.title]));
  const phenomena = new Map(concept.phenomena.map((p) => [p.id, p.title]));
  const measuresOfGoal = new Map<string, MeasureJSON[]>();
  for (const measure of concept.measures) {
    for (const id of new Set(measure.goalIds))
      measuresOfGoal.set(id, [...(measuresOfGoal.get(id) ?? []), measure]);
  }
  return {
    concept,
    goals,
    goalNode: new Map(goals.map((node) => [node.goal.id, node])),
    measuresOfGoal,
    fieldTitle: (id) => (id === null ? '' : (fields.get(id) ?? '')),
    phenomenonTitle: (id) => phenomena.get(id) ?? '',
  };
}
