import type { ConceptJSON, GoalJSON, GoalNode, MeasureJSON } from '@werkbank/concept';

/** What every part of the document view reads: the concept and look-ups built once per render of it. */
export interface DocumentData {
  concept: ConceptJSON;
  /** The goal tree in reading order, with numbers ("1.2.3"). */
  goals: GoalNode<GoalJSON>[];
  goalNode: Map<string, GoalNode<GoalJSON>>;
  /** The measures linked to each goal directly, in concept order. */
  measuresOfGoal: Map<string, MeasureJSON[]>;
  fieldTitle: (id: string | null) => string;
  phenomenonTitle: (id: string) => string;
}
