import { useT } from '@werkbank/editor';
import { lazy, Suspense, useEffect, useRef } from 'react';
import type { WorkspaceView } from '../routing/Route.ts';
import { routePath } from '../routing/routePath.ts';
import { ErrorBoundary } from '../ui/ErrorBoundary.tsx';
import { loadViewSwitch } from '../views/loadViewSwitch.ts';
import { useWorkspace } from './WorkspaceContext.ts';

const ViewSwitch = lazy(loadViewSwitch);

/** The main area: the part of the concept the address names. */
export function WorkspaceMain({ view, ready }: { view: WorkspaceView; ready: boolean }) {
  const t = useT();
  const { conceptId } = useWorkspace();
  const ref = useRef<HTMLElement>(null);
  const path = routePath(conceptId, view);
  const first = useRef(true);

  // After moving inside the app, start reading at the new part, as after a page load.
  // biome-ignore lint/correctness/useExhaustiveDependencies: runs on every change of address
  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    const heading = ref.current?.querySelector<HTMLElement>('h1');
    if (heading) {
      heading.tabIndex = -1;
      heading.focus({ preventScroll: false });
    }
    ref.current?.scrollTo?.({ top: 0 });
  }, [path]);

  return (
    <main id="main" ref={ref} tabIndex={-1} className="workspace-main" data-view={view.kind}>
      {ready ? (
        <ErrorBoundary
          resetKey={path}
          fallback={
            <p className="error" role="alert">
              {t('web.workspace.viewFailed')}
            </p>
          }
        >
          <Suspense fallback={<p className="muted">{t('web.loading')}</p>}>
            <ViewSwitch view={view} />
          </Suspense>
        </ErrorBoundary>
      ) : (
        <p role="status" className="muted">
          {t('web.loading')}
        </p>
      )}
    </main>
  );
}
