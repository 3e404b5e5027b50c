import { EditorsDeferred, loadRichTextEditor } from '@werkbank/editor';
import { lazy, type ReactNode, Suspense, useEffect, useMemo, useState } from 'react';
import { useVisitTracking } from '../activity/useVisitTracking.ts';
import type { ConceptConnection } from '../connection/ConceptConnection.ts';
import { ConnectionProblem } from '../connection/ConnectionProblem.tsx';
import { useConnectionReady, useConnectionStatus } from '../connection/useConceptConnection.ts';
import { WorkspaceNav } from '../nav/WorkspaceNav.tsx';
import { useLocalPresence } from '../presence/useLocalPresence.ts';
import { AdoptionGate } from '../revision/AdoptionGate.tsx';
import type { WorkspaceView } from '../routing/Route.ts';
import { useSession } from '../session/useSession.ts';
import type { RecentConcept } from '../storage/RecentConcept.ts';
import { SkipLink } from '../ui/SkipLink.tsx';
import { whenIdle } from '../whenIdle.ts';
import { WorkspaceContext, type WorkspaceValue } from './WorkspaceContext.ts';
import { WorkspaceHeader } from './WorkspaceHeader.tsx';
import { WorkspaceMain } from './WorkspaceMain.tsx';
import { WorkspaceNotices } from './WorkspaceNotices.tsx';

const ProfileDialog = lazy(() =>
  import('../presence/ProfileDialog.tsx').then((m) => ({ default: m.ProfileDialog })),
);
const ShareDialog = lazy(() => import('../share/ShareDialog.tsx').then((m) => ({ default: m.ShareDialog })));
const ExportDialog = lazy(() =>
  import('../export/ExportDialog.tsx').then((m) => ({ default: m.ExportDialog })),
);

interface WorkspaceProps {
  entry: RecentConcept;
  connection: ConceptConnection;
  view: WorkspaceView;
}

/** The concept workspace: header with status and people, the structure on the left, one part in the middle. */
export function Workspace({ entry, connection, view }: WorkspaceProps) {
  const status = useConnectionStatus(connection);
  const ready = useConnectionReady(connection);
  const profile = useSession((s) => s.profile);
  const profileOpen = useSession((s) => s.profileOpen);
  const setProfileOpen = useSession((s) => s.setProfileOpen);
  const shareOpen = useSession((s) => s.shareOpen);
  const setShareOpen = useSession((s) => s.setShareOpen);
  const exportOpen = useSession((s) => s.exportOpen);
  const setExportOpen = useSession((s) => s.setExportOpen);
  const navOpen = useSession((s) => s.navOpen);
  useLocalPresence(connection.awareness, profile, view);
  // A concept newer than this app must not be written into until the page is reloaded.
  const editable = entry.role !== 'viewer' && status !== 'outdated';
  useVisitTracking(entry.id, connection.doc, profile, editable);
  usePreloadEditor();

  const value = useMemo<WorkspaceValue>(
    () => ({
      conceptId: entry.id,
      token: entry.token,
      role: entry.role,
      editable,
      doc: connection.doc,
      awareness: connection.awareness,
    }),
    [entry.id, entry.token, entry.role, editable, connection],
  );

  return (
    <WorkspaceContext.Provider value={value}>
      <div className={`workspace ${navOpen ? 'nav-open' : ''}`} data-role={entry.role}>
        <SkipLink />
        <WorkspaceHeader entry={entry} status={status} />
        <div className="workspace-body">
          <EditorsAfterFirstShow ready={ready}>
            <WorkspaceNav view={view} ready={ready} />
            <WorkspaceMain
              view={view}
              ready={ready}
              notices={
                <>
                  <ConnectionProblem connection={connection} />
                  <WorkspaceNotices entry={entry} />
                  <AdoptionGate />
                </>
              }
            />
          </EditorsAfterFirstShow>
        </div>
      </div>
      <Suspense fallback={null}>
        {(!profile || profileOpen) && <ProfileDialog onClose={() => setProfileOpen(false)} />}
        {shareOpen && entry.role === 'owner' && (
          <ShareDialog title={entry.title} onClose={() => setShareOpen(false)} />
        )}
        {exportOpen && <ExportDialog onClose={() => setExportOpen(false)} />}
      </Suspense>
    </WorkspaceContext.Provider>
  );
}

/**
 * Holds the rich-text editors back (`EditorsDeferred`) in the render that first shows the concept: the navigation
 * and the view appear first, the editors mount in the next task. Later views mount theirs at once.
 */
function EditorsAfterFirstShow({ ready, children }: { ready: boolean; children: ReactNode }) {
  const [shown, setShown] = useState(false);
  useEffect(() => {
    if (!ready || shown) return;
    const timer = setTimeout(() => setShown(true), 0);
    return () => clearTimeout(timer);
  }, [ready, shown]);
  return <EditorsDeferred.Provider value={!shown}>{children}</EditorsDeferred.Provider>;
}

/**
 * Loads the rich-text editor's code once the page is idle, so a view that only reads renders without waiting for
 * it and the first editor opened afterwards finds it there. A view with an editor asks for it at once anyway.
 */
function usePreloadEditor(): void {
  useEffect(() => {
    const load = () => void loadRichTextEditor().catch(() => {}); // offline: the editor says so when it is needed
    return whenIdle(load, 3000, 1000);
  }, []);
}
