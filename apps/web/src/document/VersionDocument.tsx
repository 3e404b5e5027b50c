import type { ConceptJSON } from '@werkbank/concept';
import { useLocale, useT } from '@werkbank/editor';
import { useEffect, useState } from 'react';
import { fetchVersionConcept } from '../api/fetchVersionConcept.ts';
import { errorMessage } from '../i18n/errorMessage.ts';
import { useVersions } from '../versions/useVersions.ts';
import { useWorkspace } from '../workspace/WorkspaceContext.ts';
import { ConceptDocument } from './ConceptDocument.tsx';
import { VersionBanner } from './VersionBanner.tsx';

type Loaded =
  | { state: 'loading' }
  | { state: 'ready'; concept: ConceptJSON }
  | { state: 'failed'; error: unknown };

/** A saved version, read-only, as the server froze it, under a banner that names it. */
export function VersionDocument({ versionId }: { versionId: string }) {
  const t = useT();
  const locale = useLocale();
  const { conceptId, token, doc } = useWorkspace();
  const version = useVersions(doc).find((v) => v.id === versionId);
  const [loaded, setLoaded] = useState<Loaded>({ state: 'loading' });

  useEffect(() => {
    const abort = new AbortController();
    fetchVersionConcept(conceptId, token, versionId, abort.signal).then(
      (concept) => setLoaded({ state: 'ready', concept }),
      (error: unknown) => {
        if (!abort.signal.aborted) setLoaded({ state: 'failed', error });
      },
    );
    return () => abort.abort();
  }, [conceptId, token, versionId]);

  if (loaded.state === 'loading') {
    return (
      <p role="status" className="muted">
        {t('web.document.version.loading')}
      </p>
    );
  }
  if (loaded.state === 'failed') {
    return (
      <div role="alert">
        <h1>{t('web.document.version.failedTitle')}</h1>
        <p className="error">{errorMessage(loaded.error, t, locale)}</p>
      </div>
    );
  }
  const fallback = { id: versionId, name: '', createdAt: '', adopted: false, resolution: null };
  return (
    <ConceptDocument concept={loaded.concept} banner={<VersionBanner version={version ?? fallback} />} />
  );
}
