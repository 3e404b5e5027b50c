import type { ConceptJSON, GoalJSON, GoalLevelName, GoalNode, MeasureJSON } from '@werkbank/concept';

/** A goal of the tree with its level's name as the concept names it ("Handlungsziel"). */
export type DocumentGoal = GoalNode<GoalJSON> & { levelName: string };

/** What every part of the document view reads: the concept and look-ups built once per render of it. */
export interface DocumentData {
  concept: ConceptJSON;
  /** The concept's goal level names, top level first. */
  levels: readonly GoalLevelName[];
  /** The goal tree in reading order, with numbers ("1.2.3") and level names. */
  goals: DocumentGoal[];
  goalNode: Map<string, DocumentGoal>;
  /** The measures linked to each goal directly, in concept order. */
  measuresOfGoal: Map<string, MeasureJSON[]>;
  fieldTitle: (id: string | null) => string;
  phenomenonTitle: (id: string) => string;
}
