import { I18nProvider } from '@werkbank/editor';
import { lazy, Suspense, useEffect } from 'react';
import { webMessages } from './i18n/webMessages.ts';
import { useRoute } from './routing/useRoute.ts';
import { useSession } from './session/useSession.ts';
import { NotFoundPage } from './ui/NotFoundPage.tsx';
import { ConceptPage } from './workspace/ConceptPage.tsx';

// The start page is not needed to open a concept, so a workspace does not load it.
const StartPage = lazy(() => import('./start/StartPage.tsx').then((m) => ({ default: m.StartPage })));

/** The whole app: language, then the page the address names. */
export function App() {
  const locale = useSession((s) => s.locale);
  const route = useRoute();
  useEffect(() => {
    document.documentElement.lang = locale;
  }, [locale]);
  return (
    <I18nProvider locale={locale} messages={webMessages}>
      {route.page === 'start' && (
        <Suspense fallback={null}>
          <StartPage />
        </Suspense>
      )}
      {route.page === 'concept' && (
        <ConceptPage key={route.conceptId} conceptId={route.conceptId} view={route.view} />
      )}
      {route.page === 'notFound' && <NotFoundPage />}
    </I18nProvider>
  );
}
