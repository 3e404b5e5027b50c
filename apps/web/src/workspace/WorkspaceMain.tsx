import { useT } from '@werkbank/editor';
import { type ReactNode, useEffect, useRef } from 'react';
import { ModeBar } from '../document/ModeBar.tsx';
import type { WorkspaceView } from '../routing/Route.ts';
import { routePath } from '../routing/routePath.ts';
import { useSession } from '../session/useSession.ts';
import { ErrorBoundary } from '../ui/ErrorBoundary.tsx';
import { ViewSwitch } from '../views/ViewSwitch.tsx';
import { focusHeading } from './focusHeading.ts';
import { useWorkspace } from './WorkspaceContext.ts';

interface WorkspaceMainProps {
  view: WorkspaceView;
  ready: boolean;
  /** Shown above the part, e.g. the step to keep the owner link safe. */
  notices?: ReactNode;
}

/** The main area: the part of the concept the address names. */
export function WorkspaceMain({ view, ready, notices }: WorkspaceMainProps) {
  const t = useT();
  const { conceptId } = useWorkspace();
  const ref = useRef<HTMLElement>(null);
  const path = routePath(conceptId, view);
  const first = useRef(true);
  const announcement = useSession((s) => s.announcement);

  // After moving inside the app, start reading at the new part, as after a page load.
  // biome-ignore lint/correctness/useExhaustiveDependencies: runs on every change of address
  useEffect(() => {
    const main = ref.current;
    if (first.current || !main) {
      first.current = false;
      return;
    }
    main.scrollTo?.({ top: 0 });
    window.scrollTo?.({ top: 0 });
    return focusHeading(main);
  }, [path]);

  return (
    <main id="main" ref={ref} tabIndex={-1} className="workspace-main" data-view={view.kind}>
      <p role="status" className="workspace-announcement">
        {announcement?.path === path ? announcement.text : ''}
      </p>
      {notices}
      <ModeBar view={view} />
      {ready ? (
        <ErrorBoundary
          resetKey={path}
          fallback={(retry) => (
            <div role="alert" className="view-error">
              <p className="error">{t('web.workspace.viewFailed')}</p>
              <button type="button" onClick={retry}>
                {t('web.workspace.retry')}
              </button>
            </div>
          )}
        >
          <ViewSwitch view={view} fallback={<p className="muted">{t('web.loading')}</p>} />
        </ErrorBoundary>
      ) : (
        <p role="status" className="muted">
          {t('web.loading')}
        </p>
      )}
    </main>
  );
}
