import type { ComponentType } from 'react';
import type { WorkspaceView } from '../routing/Route.ts';

type Loader = () => Promise<{ default: ComponentType<{ view: WorkspaceView }> }>;

type ViewComponent = ComponentType<{ view: WorkspaceView }>;

const loaded = new Map<Loader, ViewComponent>();

function as<P>(load: () => Promise<ComponentType<P>>): Loader {
  const loader: Loader = () =>
    load().then((component) => {
      loaded.set(loader, component as unknown as ViewComponent);
      return { default: component as unknown as ViewComponent };
    });
  return loader;
}

/**
 * Each view in its own chunk, so opening a concept loads the editor of the part in the address and not the
 * rest (goal tree, tables, lists load when first opened).
 */
export const viewLoaders: Record<Exclude<WorkspaceView['kind'], 'overview'>, Loader> = {
  dashboard: as(() => import('./DashboardPage.tsx').then((m) => m.DashboardPage)),
  chapter: as(() => import('./ChapterPage.tsx').then((m) => m.ChapterPage)),
  vision: as(() => import('./VisionPage.tsx').then((m) => m.VisionPage)),
  goals: as(() => import('./GoalsView.tsx').then((m) => m.GoalsView)),
  fields: as(() => import('./FieldsPage.tsx').then((m) => m.FieldsPage)),
  measure: as(() => import('./MeasureView.tsx').then((m) => m.MeasureView)),
  measures: as(() => import('./MeasuresPage.tsx').then((m) => m.MeasuresPage)),
  matrix: as(() => import('./MatrixPage.tsx').then((m) => m.MatrixPage)),
  actors: as(() => import('./ActorsPage.tsx').then((m) => m.ActorsPage)),
  findings: as(() => import('./FindingsPage.tsx').then((m) => m.FindingsPage)),
  process: as(() => import('../process/ProcessPage.tsx').then((m) => m.ProcessPage)),
  versions: as(() => import('./VersionsView.tsx').then((m) => m.VersionsView)),
  compare: as(() => import('../compare/CompareView.tsx').then((m) => m.CompareView)),
  workshops: as(() => import('./WorkshopsPage.tsx').then((m) => m.WorkshopsPage)),
  workshop: as(() => import('./WorkshopPage.tsx').then((m) => m.WorkshopPage)),
  trash: as(() => import('./TrashPage.tsx').then((m) => m.TrashPage)),
  document: as(() => import('../document/DocumentView.tsx').then((m) => m.DocumentView)),
};

/** The view's component if its chunk has arrived (prefetched or shown before), so it can render at once. */
export function loadedView(kind: keyof typeof viewLoaders): ViewComponent | undefined {
  return loaded.get(viewLoaders[kind]);
}
