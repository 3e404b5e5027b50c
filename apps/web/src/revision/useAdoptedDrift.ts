import { type ConceptJSON, compareConcepts, toJSON } from '@werkbank/concept';
import { useEffect, useState } from 'react';
import type * as Y from 'yjs';
import { fetchVersionConcept } from '../api/fetchVersionConcept.ts';
import { differsInContent } from './differsInContent.ts';

// Reading the whole concept takes a while for large ones: compare once typing pauses, not on every keystroke.
const PAUSE_MS = 600;

/**
 * Whether the draft differs from the adopted version (null until known), compared with `compareConcepts` so that
 * working state (workshops, versions, statuses, the phase) does not count; follows the draft as it changes.
 */
export function useAdoptedDrift(
  conceptId: string,
  token: string,
  doc: Y.Doc,
  adoptedId: string,
): boolean | null {
  const [adopted, setAdopted] = useState<ConceptJSON | null>(null);
  const [drift, setDrift] = useState<boolean | null>(null);

  useEffect(() => {
    const controller = new AbortController();
    setAdopted(null);
    setDrift(null);
    fetchVersionConcept(conceptId, token, adoptedId, controller.signal).then(
      (json) => {
        if (!controller.signal.aborted) setAdopted(json);
      },
      // Without the adopted text (offline, removed) there is nothing to say.
      () => {},
    );
    return () => controller.abort();
  }, [conceptId, token, adoptedId]);

  useEffect(() => {
    if (!adopted) return;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const check = () => setDrift(differsInContent(compareConcepts(adopted, toJSON(doc))));
    const later = () => {
      clearTimeout(timer);
      timer = setTimeout(check, PAUSE_MS);
    };
    check();
    doc.on('update', later);
    return () => {
      clearTimeout(timer);
      doc.off('update', later);
    };
  }, [adopted, doc]);

  return drift;
}
