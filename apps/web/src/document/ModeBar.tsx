import { useT } from '@werkbank/editor';
import { type MouseEvent, useEffect } from 'react';
import { navigate } from '../routing/navigate.ts';
import type { WorkspaceView } from '../routing/Route.ts';
import { routePath } from '../routing/routePath.ts';
import { useWorkspace } from '../workspace/WorkspaceContext.ts';
import { anchorOfView } from './anchorOfView.ts';
import { placeInView } from './placeInView.ts';
import { viewOfAnchor } from './viewOfAnchor.ts';
import { WorkspaceSearch } from './WorkspaceSearch.tsx';
import './modeBar.css';

function plainClick(event: MouseEvent): boolean {
  return event.button === 0 && !event.metaKey && !event.ctrlKey && !event.shiftKey && !event.altKey;
}

/**
 * Above every view: "Lesen" / "Bearbeiten" between the document and the editing views, keeping the place, and
 * outside the document the search across the concept. A viewer link opens the document.
 */
export function ModeBar({ view }: { view: WorkspaceView }) {
  const t = useT();
  const { conceptId, role } = useWorkspace();
  const reading = view.kind === 'document';
  const anchor = anchorOfView(view);
  const readHref = `${routePath(conceptId, { kind: 'document' })}${anchor ? `#${anchor}` : ''}`;

  // biome-ignore lint/correctness/useExhaustiveDependencies: only where the workspace opens, not on later visits to the overview
  useEffect(() => {
    if (role === 'viewer' && view.kind === 'overview') navigate(readHref, { replace: true });
  }, []);

  return (
    <div className="mode-bar">
      {/* biome-ignore lint/a11y/useSemanticElements: a fieldset needs a legend and is for form fields; these are two links */}
      <div role="group" aria-label={t('web.mode.label')} className="mode-switch">
        <a
          href={readHref}
          aria-current={reading ? 'page' : undefined}
          onClick={(event) => {
            if (!plainClick(event)) return;
            event.preventDefault();
            if (!reading) navigate(readHref);
          }}
        >
          {t('web.mode.read')}
        </a>
        <a
          href={routePath(conceptId)}
          aria-current={reading ? undefined : 'page'}
          onClick={(event) => {
            if (!plainClick(event)) return;
            event.preventDefault();
            if (reading) navigate(routePath(conceptId, viewOfAnchor(placeInView())));
          }}
        >
          {role === 'viewer' ? t('web.mode.parts') : t('web.mode.edit')}
        </a>
      </div>
      {!reading && <WorkspaceSearch />}
    </div>
  );
}
