import {
  type ConceptJSON,
  DEFAULT_GOAL_LEVELS,
  flattenGoalTree,
  goalCoverage,
  goalTree,
} from '@werkbank/concept';
import type { DocxExportOptionsInput } from './DocxExportOptions.ts';
import { defaultExportOptions } from './defaultExportOptions.ts';
import type { ExportContext } from './ExportContext.ts';

/** The export context of one concept, with the options completed from `defaultExportOptions`. */
export function createExportContext(
  concept: ConceptJSON,
  options: DocxExportOptionsInput = {},
): ExportContext {
  const levels = concept.goalLevels ?? DEFAULT_GOAL_LEVELS;
  const goals = flattenGoalTree(goalTree(concept.goals, levels.length));
  const fields = new Map(concept.fieldsOfAction.map((f) => [f.id, f.title]));
  const phenomena = new Map(concept.phenomena.map((p) => [p.id, p.title]));
  let listInstance = 0;
  return {
    concept,
    options: {
      ...defaultExportOptions,
      ...options,
      parts: { ...defaultExportOptions.parts, ...options.parts },
      now: options.now ?? new Date(),
    },
    levels,
    goals,
    goalNode: new Map(goals.map((node) => [node.goal.id, node])),
    coverage: goalCoverage(goals, concept.measures),
    measureById: new Map(concept.measures.map((m) => [m.id, m])),
    fieldTitle: (id) => (id === null ? '' : (fields.get(id) ?? '')),
    phenomenonTitle: (id) => phenomena.get(id) ?? '',
    nextListInstance: () => ++listInstance,
  };
}
