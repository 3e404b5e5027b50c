import { type ConceptComparison, type ConceptJSON, compareConcepts, toJSON } from '@werkbank/concept';
import { useEffect, useState } from 'react';
import type * as Y from 'yjs';
import { fetchVersionConcept } from '../api/fetchVersionConcept.ts';

/** The live concept's place in a comparison's address. */
export const DRAFT = 'draft';

/** Loading, failed, or the comparison with both states it was made from. */
export type ComparisonState =
  | { status: 'loading' }
  | { status: 'error'; error: unknown }
  | { status: 'ready'; before: ConceptJSON; after: ConceptJSON; comparison: ConceptComparison };

interface ComparisonSource {
  conceptId: string;
  token: string;
  doc: Y.Doc;
}

function load(source: ComparisonSource, state: string, signal: AbortSignal): Promise<ConceptJSON> {
  if (state === DRAFT) return Promise.resolve(toJSON(source.doc));
  return fetchVersionConcept(source.conceptId, source.token, state, signal);
}

/**
 * Compares two states (version ids or `DRAFT`), fetching saved versions from the server. The draft is read once
 * per `round`, so the comparison holds still while people keep typing; `draftChanged` says when it is behind.
 */
export function useComparison(source: ComparisonSource, from: string, to: string, round: number) {
  const [state, setState] = useState<ComparisonState>({ status: 'loading' });
  const [draftChanged, setDraftChanged] = useState(false);
  const { conceptId, token, doc } = source;

  // biome-ignore lint/correctness/useExhaustiveDependencies: round asks for a fresh read of the draft
  useEffect(() => {
    const controller = new AbortController();
    const parts = { conceptId, token, doc };
    setState({ status: 'loading' });
    setDraftChanged(false);
    Promise.all([load(parts, from, controller.signal), load(parts, to, controller.signal)]).then(
      ([before, after]) => {
        if (!controller.signal.aborted)
          setState({ status: 'ready', before, after, comparison: compareConcepts(before, after) });
      },
      (error: unknown) => {
        if (!controller.signal.aborted) setState({ status: 'error', error });
      },
    );
    return () => controller.abort();
  }, [conceptId, token, doc, from, to, round]);

  useEffect(() => {
    if (from !== DRAFT && to !== DRAFT) return;
    const changed = () => setDraftChanged(true);
    doc.on('update', changed);
    return () => doc.off('update', changed);
  }, [doc, from, to]);

  return { state, draftChanged };
}
