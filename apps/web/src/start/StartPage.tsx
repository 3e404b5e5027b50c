import { useT } from '@werkbank/editor';
import { AppHeader } from '../ui/AppHeader.tsx';
import { CreateConceptForm } from './CreateConceptForm.tsx';
import { OpenLinkForm } from './OpenLinkForm.tsx';
import { RecentConcepts } from './RecentConcepts.tsx';

/** The start page: concepts opened on this device, open one from a link, create a new one. */
export function StartPage() {
  const t = useT();
  return (
    <>
      <AppHeader />
      <main id="main" tabIndex={-1} className="start-page">
        <div className="start-intro">
          <h1>{t('web.start.title')}</h1>
          <p className="lead">{t('web.app.tagline')}</p>
        </div>
        <div className="start-columns">
          <div className="start-column">
            <RecentConcepts />
            <OpenLinkForm />
          </div>
          <CreateConceptForm />
        </div>
      </main>
    </>
  );
}
