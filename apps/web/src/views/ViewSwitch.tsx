import { lazy, type ReactNode, Suspense, useState } from 'react';
import type { WorkspaceView } from '../routing/Route.ts';
import { OverviewView } from './OverviewView.tsx';
import { loadedView, viewLoaders } from './viewLoaders.ts';

type ViewKind = keyof typeof viewLoaders;

const views = Object.fromEntries(Object.entries(viewLoaders).map(([kind, load]) => [kind, lazy(load)]));

/** The editor component for the view in the address, bound to the concept and this person's rights. */
export function ViewSwitch({ view, fallback }: { view: WorkspaceView; fallback: ReactNode }) {
  if (view.kind === 'overview') return <OverviewView />;
  return <LoadedView key={view.kind} kind={view.kind} view={view} fallback={fallback} />;
}

interface LoadedViewProps {
  kind: ViewKind;
  view: WorkspaceView;
  fallback: ReactNode;
}

// A view whose chunk is already here renders in the same commit as the address change (no Suspense round,
// so a new measure's title has focus before the next keystroke); the choice holds while the view is shown.
function LoadedView({ kind, view, fallback }: LoadedViewProps) {
  const [View] = useState(() => loadedView(kind) ?? views[kind]);
  if (!View) return null;
  return (
    <Suspense fallback={fallback}>
      <View view={view} />
    </Suspense>
  );
}
