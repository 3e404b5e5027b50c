import { type GoalJSON, keys, type Light, readGoals } from '@werkbank/concept';
import type * as Y from 'yjs';
import { readConceptSnapshot, useConceptSnapshot } from './useConceptSnapshot.ts';

// Fields are watched too: the reader hides links to fields deleted concurrently.
const scope = { keys: [keys.GOALS, keys.FIELDS_OF_ACTION] };

function readLight(doc: Y.Doc): Light<GoalJSON>[] {
  return readGoals(doc);
}

/** Goals in sibling order without descriptions, live (feed to `goalTree`, or use `useGoalTree`). */
export function useGoals(doc: Y.Doc): Light<GoalJSON>[] {
  return useConceptSnapshot(doc, readLight, scope);
}

/** Reads now what `useGoals` will return (see `readConceptSnapshot`); returns what lets it go. */
export function readGoalsAhead(doc: Y.Doc): () => void {
  return readConceptSnapshot(doc, readLight, scope);
}
