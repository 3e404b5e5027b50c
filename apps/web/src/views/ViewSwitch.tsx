import { lazy, type ReactNode, Suspense } from 'react';
import type { WorkspaceView } from '../routing/Route.ts';
import { OverviewView } from './OverviewView.tsx';
import { viewLoaders } from './viewLoaders.ts';

const views = Object.fromEntries(Object.entries(viewLoaders).map(([kind, load]) => [kind, lazy(load)]));

/** The editor component for the view in the address, bound to the concept and this person's rights. */
export function ViewSwitch({ view, fallback }: { view: WorkspaceView; fallback: ReactNode }) {
  if (view.kind === 'overview') return <OverviewView />;
  const View = views[view.kind];
  if (!View) return null;
  return (
    <Suspense fallback={fallback}>
      <View view={view} />
    </Suspense>
  );
}
