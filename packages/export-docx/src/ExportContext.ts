import type {
  ConceptJSON,
  GoalCoverage,
  GoalJSON,
  GoalLevelName,
  GoalNode,
  MeasureJSON,
} from '@werkbank/concept';
import type { DocxExportOptions } from './DocxExportOptions.ts';

/** What every part of the document reads: the concept, the options, and look-ups built once. */
export interface ExportContext {
  concept: ConceptJSON;
  options: DocxExportOptions & { now: Date };
  /** The concept's goal level names, top level first (read with their defaults). */
  levels: readonly GoalLevelName[];
  /** The goal tree in reading order, with levels and numbers ("1.2.3"). */
  goals: GoalNode<GoalJSON>[];
  goalNode: Map<string, GoalNode<GoalJSON>>;
  /** Which goals the measures serve, counted through the tree. */
  coverage: GoalCoverage<GoalJSON, MeasureJSON>;
  measureById: Map<string, MeasureJSON>;
  fieldTitle: (id: string | null) => string;
  phenomenonTitle: (id: string) => string;
  /** A fresh list instance, so every list in the document counts from its own start. */
  nextListInstance: () => number;
}
