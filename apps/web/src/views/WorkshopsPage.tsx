import '@werkbank/editor/workshops.css';
import '../workshops/workshops.css';
import { useT, WorkshopList } from '@werkbank/editor';
import { navigate } from '../routing/navigate.ts';
import { routePath } from '../routing/routePath.ts';
import { useSession } from '../session/useSession.ts';
import { useWorkspace } from '../workspace/WorkspaceContext.ts';
import { ViewTitle } from './ViewTitle.tsx';

/** The concept's participation formats (Beteiligung): list, set up a new one, delete. */
export function WorkshopsPage() {
  const t = useT();
  const { doc, conceptId, editable } = useWorkspace();
  const announce = useSession((s) => s.announce);
  const href = (id: string) => routePath(conceptId, { kind: 'workshop', id });
  return (
    <div className="workshops-page">
      <ViewTitle>{t('web.nav.workshops')}</ViewTitle>
      <p className="muted">{t('web.workshop.intro')}</p>
      <WorkshopList
        doc={doc}
        editable={editable}
        workshopHref={href}
        onOpen={(id) => navigate(href(id))}
        onCreated={(id) => navigate(href(id))}
        onDeleted={(message) => announce(message, routePath(conceptId, { kind: 'workshops' }))}
      />
    </div>
  );
}
