import { keys } from '@werkbank/concept';
import { useConceptSnapshot } from '@werkbank/editor';
import { lazy, Suspense } from 'react';
import type * as Y from 'yjs';
import { useWorkspace } from '../workspace/WorkspaceContext.ts';

const AdoptionNotices = lazy(() =>
  import('./AdoptionNotices.tsx').then((m) => ({ default: m.AdoptionNotices })),
);
const metaScope = { keys: [keys.META] };

function adoptedVersionId(doc: Y.Doc): string | null {
  const id = doc.getMap<unknown>(keys.META).get(keys.ADOPTED_VERSION_ID);
  return typeof id === 'string' ? id : null;
}

/** Loads the adoption notices (drift banner, revision prompt) only for concepts with an adopted version. */
export function AdoptionGate() {
  const { doc } = useWorkspace();
  const adopted = useConceptSnapshot(doc, adoptedVersionId, metaScope);
  if (!adopted) return null;
  return (
    <Suspense fallback={null}>
      <AdoptionNotices key={adopted} adoptedId={adopted} />
    </Suspense>
  );
}
