import { useT } from '@werkbank/editor';
import { useConceptConnection, useConnectionStatus } from '../connection/useConceptConnection.ts';
import type { WorkspaceView } from '../routing/Route.ts';
import { useRecentConcept } from '../storage/useRecentConcept.ts';
import { MessagePage } from '../ui/MessagePage.tsx';
import { RefusedPage } from './RefusedPage.tsx';
import { useConceptAccess } from './useConceptAccess.ts';
import { Workspace } from './Workspace.tsx';

interface ConceptPageProps {
  conceptId: string;
  view: WorkspaceView;
}

/** Opens a concept with this device's token: checks access, connects, then shows the workspace. */
export function ConceptPage({ conceptId, view }: ConceptPageProps) {
  const t = useT();
  const entry = useRecentConcept(conceptId);
  const access = useConceptAccess(conceptId, entry);
  const connection = useConceptConnection(conceptId, access === 'granted' ? (entry?.token ?? null) : null);
  const status = useConnectionStatus(connection);

  if (access === 'none') {
    return (
      <MessagePage title={t('web.noAccess.title')}>
        <p>{t('web.noAccess.body')}</p>
      </MessagePage>
    );
  }
  if (access === 'refused' || status === 'refused') return <RefusedPage conceptId={conceptId} />;
  if (access === 'unverifiable') {
    return (
      <MessagePage title={t('web.offlineFirstOpen.title')}>
        <p>{t('web.offlineFirstOpen')}</p>
      </MessagePage>
    );
  }
  if (!entry || access === 'checking' || !connection) {
    return (
      <p className="page-loading" role="status">
        {t('web.loading')}
      </p>
    );
  }
  return <Workspace entry={entry} connection={connection} view={view} />;
}
