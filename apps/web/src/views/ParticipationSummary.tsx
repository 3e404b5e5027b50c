import { countMessage, useT, useWorkshops } from '@werkbank/editor';
import { Link } from '../routing/Link.tsx';
import { routePath } from '../routing/routePath.ts';
import { useWorkspace } from '../workspace/WorkspaceContext.ts';

/** Beneath the participation chapter: how many workshops and proposals there are, and the way to them. */
export function ParticipationSummary() {
  const t = useT();
  const { doc, conceptId } = useWorkspace();
  const workshops = useWorkshops(doc);
  const proposals = workshops.reduce((n, w) => n + w.proposals.length, 0);
  return (
    <section className="part-summary" aria-labelledby="participation-summary">
      <h2 id="participation-summary" className="part-heading">
        {t('web.nav.workshops')}
      </h2>
      <p>
        {countMessage(t, 'web.participation.workshops', workshops.length)}
        {workshops.length > 0 && `, ${countMessage(t, 'web.participation.proposals', proposals)}`}
      </p>
      <p>
        <Link href={routePath(conceptId, { kind: 'workshops' })}>{t('web.participation.open')}</Link>
      </p>
    </section>
  );
}
