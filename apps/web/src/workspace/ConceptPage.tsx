import { useT } from '@werkbank/editor';
import { useEffect, useState } from 'react';
import { useConceptConnection, useConnectionStatus } from '../connection/useConceptConnection.ts';
import type { WorkspaceView } from '../routing/Route.ts';
import { useRecentConcept } from '../storage/useRecentConcept.ts';
import { MessagePage } from '../ui/MessagePage.tsx';
import { ConceptLoading } from './ConceptLoading.tsx';
import { loadWorkspace } from './loadConceptPage.ts';
import { RefusedPage } from './RefusedPage.tsx';
import { useConceptAccess } from './useConceptAccess.ts';
import type { Workspace as WorkspaceComponent } from './Workspace.tsx';

/**
 * The workspace's component once its code is here. It loads alongside this page (see loadConceptPage), not
 * before it: checking the link and connecting need none of it, so the concept is on its way meanwhile.
 */
function useWorkspaceComponent(): typeof WorkspaceComponent | null {
  const [loaded, setLoaded] = useState<{ component: typeof WorkspaceComponent } | { error: unknown } | null>(
    null,
  );
  useEffect(() => {
    let current = true;
    loadWorkspace().then(
      (component) => current && setLoaded({ component }),
      (error: unknown) => current && setLoaded({ error }),
    );
    return () => {
      current = false;
    };
  }, []);
  // A failure to load (offline before the code was cached) goes where a failed page load goes.
  if (loaded && 'error' in loaded) throw loaded.error;
  return loaded?.component ?? null;
}

interface ConceptPageProps {
  conceptId: string;
  view: WorkspaceView;
}

/** Opens a concept with this device's token: checks access, connects, then shows the workspace. */
export function ConceptPage({ conceptId, view }: ConceptPageProps) {
  const t = useT();
  const entry = useRecentConcept(conceptId);
  const access = useConceptAccess(conceptId, entry);
  // A new link connects while it is being checked: the server checks the token for the socket as well, and a
  // refusal or an unanswered check closes the connection again.
  const connecting = access === 'granted' || access === 'checking';
  const connection = useConceptConnection(conceptId, connecting ? (entry?.token ?? null) : null);
  const status = useConnectionStatus(connection);
  const Workspace = useWorkspaceComponent();

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
  if (!entry || access === 'checking' || !connection || !Workspace)
    return <ConceptLoading conceptId={conceptId} />;
  return <Workspace entry={entry} connection={connection} view={view} />;
}
