import type { ConceptJSON } from '../json/conceptJsonSchema.ts';
import { DEFAULT_GOAL_LEVELS } from '../queries/goalLevel.ts';
import type { FieldValue } from './FieldValue.ts';

/**
 * The concept's own details as the comparison reads them: the title page's fields, the phase and the goal levels'
 * names (one line per level, "Leitziel / Leitziele"; a concept without them reads the defaults). The status is
 * working state, written by adopting and beginning a revision, like the chapters' statuses.
 */
export function metaFields(concept: ConceptJSON): FieldValue[] {
  const { meta } = concept;
  const levels = concept.goalLevels ?? DEFAULT_GOAL_LEVELS;
  return [
    { field: 'title', type: 'text', value: meta.title },
    { field: 'territory', type: 'text', value: meta.territory },
    { field: 'territoryType', type: 'enum', value: meta.territoryType },
    { field: 'programme', type: 'text', value: meta.programme },
    { field: 'fundingPeriod', type: 'text', value: meta.fundingPeriod },
    { field: 'phase', type: 'enum', value: meta.phase },
    { field: 'titlePageText', type: 'text', value: meta.titlePageText },
    { field: 'goalLevels', type: 'list', value: levels.map((l) => `${l.singular} / ${l.plural}`).join('\n') },
  ];
}
