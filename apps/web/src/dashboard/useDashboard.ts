import { keys } from '@werkbank/concept';
import { useConceptSnapshot } from '@werkbank/editor';
import type * as Y from 'yjs';
import { type DashboardFigures, readDashboard } from './readDashboard.ts';

// Descriptions count for the sheets' completeness, so typing in them counts as a change here too.
const scope = {
  keys: [keys.MEASURES, keys.FIELDS_OF_ACTION, keys.GOALS, keys.WORKSHOPS, keys.PROPOSALS],
  richText: true,
};

/** The dashboard's figures, live. */
export function useDashboard(doc: Y.Doc): DashboardFigures {
  return useConceptSnapshot(doc, readDashboard, scope);
}
