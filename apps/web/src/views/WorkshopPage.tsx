import '@werkbank/editor/workshops.css';
import '../workshops/workshops.css';
import {
  ProposalInbox,
  useT,
  useWorkshop,
  WorkshopPhaseControl,
  WorkshopSettings,
  WorkshopSummary,
} from '@werkbank/editor';
import { useEffect } from 'react';
import { Link } from '../routing/Link.tsx';
import { navigate } from '../routing/navigate.ts';
import type { WorkspaceView } from '../routing/Route.ts';
import { routePath } from '../routing/routePath.ts';
import { useSession } from '../session/useSession.ts';
import { WorkshopInvite } from '../workshops/WorkshopInvite.tsx';
import { useWorkspace } from '../workspace/WorkspaceContext.ts';
import { ViewTitle } from './ViewTitle.tsx';
import { viewLoaders } from './viewLoaders.ts';

/** One workshop for its moderators: phase, invitation (link, QR code, handout, wall), inbox and setup. */
export function WorkshopPage({ view }: { view: WorkspaceView }) {
  const workshopId = view.kind === 'workshop' ? view.id : '';
  const t = useT();
  const { doc, conceptId, editable } = useWorkspace();
  const workshop = useWorkshop(doc, workshopId);
  const setTitleFocusFor = useSession((s) => s.setTitleFocusFor);
  const measureHref = (id: string) => routePath(conceptId, { kind: 'measure', id });
  // A promoted proposal's sheet should be there before its moderator starts editing the title.
  useEffect(() => {
    if (editable) void viewLoaders.measure();
  }, [editable]);
  if (!workshop) {
    return (
      <>
        <ViewTitle>{t('web.nav.workshops')}</ViewTitle>
        <p role="alert">{t('web.workshop.missing')}</p>
        <p>
          <Link href={routePath(conceptId, { kind: 'workshops' })}>{t('web.workshop.toList')}</Link>
        </p>
      </>
    );
  }
  return (
    <div className="workshop-page">
      <ViewTitle>
        <span className="view-kicker">{t('web.nav.workshops')}</span> {workshop.title || t('common.untitled')}
      </ViewTitle>
      <WorkshopSummary workshop={workshop} />
      <div className="workshop-layout">
        <div className="workshop-side">
          <WorkshopPhaseControl doc={doc} workshop={workshop} editable={editable} />
          <WorkshopInvite workshop={workshop} />
        </div>
        <div className="workshop-inbox">
          <ProposalInbox
            doc={doc}
            workshop={workshop}
            editable={editable}
            measureHref={measureHref}
            onOpenMeasure={(id) => navigate(measureHref(id))}
            onPromoted={(id) => {
              setTitleFocusFor(id);
              navigate(measureHref(id));
            }}
          />
        </div>
        <div className="workshop-settings">
          <WorkshopSettings doc={doc} workshop={workshop} editable={editable} />
        </div>
      </div>
    </div>
  );
}
