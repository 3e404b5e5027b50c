import { toJSON } from '@werkbank/concept';
import { useConceptSnapshot, useT } from '@werkbank/editor';
import { useDeferredValue } from 'react';
import type { WorkspaceView } from '../routing/Route.ts';
import { useWorkspace } from '../workspace/WorkspaceContext.ts';
import { ConceptDocument } from './ConceptDocument.tsx';
import { VersionDocument } from './VersionDocument.tsx';

// Every change counts, typing in rich text too: the document shows the text.
const everything = { richText: true };

/** The document view: the live concept, or with a version id that version as it was saved. */
export function DocumentView({ view }: { view: WorkspaceView }) {
  if (view.kind === 'document' && view.versionId) {
    return <VersionDocument key={view.versionId} versionId={view.versionId} />;
  }
  return <LiveDocument />;
}

function LiveDocument() {
  const t = useT();
  const { doc } = useWorkspace();
  // A long document renders again on others' typing; deferred, so that never holds up this person's input.
  const concept = useDeferredValue(useConceptSnapshot(doc, toJSON, everything));
  return (
    <ConceptDocument concept={concept} banner={<p className="document-state">{t('web.document.live')}</p>} />
  );
}
