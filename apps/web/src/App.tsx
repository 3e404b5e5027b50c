import { I18nProvider } from '@werkbank/editor';
import { lazy, Suspense, useEffect } from 'react';
import { useWebMessages } from './i18n/useWebMessages.ts';
import { useRoute } from './routing/useRoute.ts';
import { useSession } from './session/useSession.ts';
import { NotFoundPage } from './ui/NotFoundPage.tsx';
import { ConceptLoading } from './workspace/ConceptLoading.tsx';
import { loadConceptPage } from './workspace/loadConceptPage.ts';

// The start page is not needed to open a concept, so a workspace does not load it; and workshop
// participants on their phones load neither the workspace (editor, Yjs) nor the start page.
const ConceptPage = lazy(loadConceptPage);
const StartPage = lazy(() => import('./start/StartPage.tsx').then((m) => ({ default: m.StartPage })));
const ParticipantPage = lazy(() =>
  import('./participate/ParticipantPage.tsx').then((m) => ({ default: m.ParticipantPage })),
);
const WallPage = lazy(() => import('./participate/WallPage.tsx').then((m) => ({ default: m.WallPage })));

/** The whole app: language, then the page the address names. */
export function App() {
  const locale = useSession((s) => s.locale);
  const route = useRoute();
  const messages = useWebMessages(locale);
  useEffect(() => {
    document.documentElement.lang = locale;
  }, [locale]);
  if (!messages) return null;
  return (
    <I18nProvider locale={locale} messages={messages}>
      {route.page === 'start' && (
        <Suspense fallback={null}>
          <StartPage />
        </Suspense>
      )}
      {route.page === 'concept' && (
        <Suspense fallback={<ConceptLoading key={route.conceptId} conceptId={route.conceptId} />}>
          <ConceptPage key={route.conceptId} conceptId={route.conceptId} view={route.view} />
        </Suspense>
      )}
      {route.page === 'participate' && (
        <Suspense fallback={null}>
          <ParticipantPage
            key={`${route.conceptId}/${route.workshopId}`}
            conceptId={route.conceptId}
            workshopId={route.workshopId}
          />
        </Suspense>
      )}
      {route.page === 'wall' && (
        <Suspense fallback={null}>
          <WallPage
            key={`${route.conceptId}/${route.workshopId}`}
            conceptId={route.conceptId}
            workshopId={route.workshopId}
          />
        </Suspense>
      )}
      {route.page === 'notFound' && <NotFoundPage />}
    </I18nProvider>
  );
}
