import { useT } from '@werkbank/editor';
import { useEffect, useState } from 'react';
import { earlySummary, earlySummaryTitle } from '../api/fetchSummary.ts';
import { Link } from '../routing/Link.tsx';
import { useRecentConcept } from '../storage/useRecentConcept.ts';

/**
 * What a concept's address shows while the workspace's code and the concept load: the workspace's banner with
 * the concept's title (as this device knows it, or from the summary asked for as the page started), and that it
 * is loading. Part of the app's first chunk, so it shows before the workspace's code is here.
 */
export function ConceptLoading({ conceptId }: { conceptId: string }) {
  const t = useT();
  const entry = useRecentConcept(conceptId);
  const token = entry?.token;
  const known = entry?.title ?? '';
  // Shown again (the page's code has come and renders this in its place) it has the title at once, not a frame later.
  const [asked, setAsked] = useState<{ token: string; title: string } | null>(() => {
    const title = token ? earlySummaryTitle(conceptId, token) : undefined;
    return token && title !== undefined ? { token, title } : null;
  });
  useEffect(() => {
    if (known || !token) return;
    let current = true;
    earlySummary(conceptId, token)?.then(
      (summary) => current && setAsked({ token, title: summary.title }),
      () => {}, // refused or failed: the page says so once its code is here
    );
    return () => {
      current = false;
    };
  }, [conceptId, token, known]);
  const title = known || (asked && asked.token === token ? asked.title : '');
  return (
    <div className="workspace workspace-loading">
      <header className="app-header workspace-header">
        <Link href="/" className="brand">
          {t('web.app.name')}
        </Link>
        {title && (
          <div className="concept-heading">
            <span className="concept-title" title={title}>
              {title}
            </span>
          </div>
        )}
      </header>
      <main>
        <h1 className="visually-hidden">{title || t('web.app.name')}</h1>
        <p className="page-loading" role="status">
          {t('web.loading')}
        </p>
      </main>
    </div>
  );
}
