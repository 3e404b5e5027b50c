import type { ConceptPage } from './ConceptPage.tsx';
import type { Workspace } from './Workspace.tsx';

let page: Promise<{ default: typeof ConceptPage }> | undefined;
let workspace: Promise<typeof Workspace> | undefined;

/**
 * Loads the concept page, once, and the workspace's code alongside it. The page checks the link and connects
 * without waiting for the workspace (views, editor), so the concept is on its way while those load. Asked for
 * first thing on a concept's address, before the view's own code (see prefetchView).
 */
export function loadConceptPage(): Promise<{ default: typeof ConceptPage }> {
  if (!page) {
    page = import('./ConceptPage.tsx').then((m) => ({ default: m.ConceptPage }));
    loadWorkspace().catch(() => {}); // the page shows the failure when it needs the workspace
  }
  return page;
}

/** The workspace's component, loaded once. */
export function loadWorkspace(): Promise<typeof Workspace> {
  workspace ??= import('./Workspace.tsx').then((m) => m.Workspace);
  // Asked again after a failure (a dropped connection), it tries again.
  workspace.catch(() => {
    workspace = undefined;
  });
  return workspace;
}
