import { countWorkshops, keys } from '@werkbank/concept';
import { findingsReadsAhead, useConceptSnapshot, useFindings, useT, useTrash } from '@werkbank/editor';
import { useEffect, useState } from 'react';
import type { WorkspaceView } from '../routing/Route.ts';
import { routePath } from '../routing/routePath.ts';
import { useSession } from '../session/useSession.ts';
import { useVersions } from '../versions/useVersions.ts';
import { whenIdle } from '../whenIdle.ts';
import { useConceptTemplate } from '../workspace/useConceptTemplate.ts';
import { useWorkspace } from '../workspace/WorkspaceContext.ts';
import { NavChapters } from './NavChapters.tsx';
import { NavItem } from './NavItem.tsx';
import { usePresenceByLocation } from './usePresenceByLocation.ts';

// Only the workshops collection: votes change proposals many times a second during a workshop.
const workshopScope = { keys: [keys.WORKSHOPS] };

/** The concept's structure at a glance, each part with its state and the people in it. */
export function WorkspaceNav({ view, ready }: { view: WorkspaceView; ready: boolean }) {
  const t = useT();
  const setNavOpen = useSession((s) => s.setNavOpen);
  return (
    <nav
      id="workspace-nav"
      className="workspace-nav"
      aria-label={t('web.nav.label')}
      onClick={(event) => {
        if ((event.target as HTMLElement).closest('a')) setNavOpen(false);
      }}
      onKeyDown={(event) => {
        if (event.key === 'Escape') setNavOpen(false);
      }}
    >
      {ready ? <NavTree view={view} /> : <p className="muted nav-loading">{t('web.loading')}</p>}
    </nav>
  );
}

function NavTree({ view }: { view: WorkspaceView }) {
  const t = useT();
  const { doc, conceptId, awareness } = useWorkspace();
  const presence = usePresenceByLocation(awareness);
  const versions = useVersions(doc);
  const trash = useTrash(doc);
  const workshops = useConceptSnapshot(doc, countWorkshops, workshopScope);
  return (
    <ul className="nav-tree">
      <NavItem href={routePath(conceptId)} label={t('web.nav.overview')} active={view.kind === 'overview'} />
      <NavItem
        href={routePath(conceptId, { kind: 'process' })}
        label={t('web.nav.process')}
        active={view.kind === 'process'}
      />
      <NavChapters view={view} presence={presence} />
      <NavItem
        href={routePath(conceptId, { kind: 'matrix' })}
        label={t('web.nav.matrix')}
        active={view.kind === 'matrix'}
      />
      <NavItem
        href={routePath(conceptId, { kind: 'workshops' })}
        label={t('web.nav.workshops')}
        active={view.kind === 'workshops' || view.kind === 'workshop'}
        badge={workshops}
      />
      <NavItem
        href={routePath(conceptId, { kind: 'dashboard' })}
        label={t('web.nav.dashboard')}
        active={view.kind === 'dashboard'}
      />
      <FindingsNavItem href={routePath(conceptId, { kind: 'findings' })} active={view.kind === 'findings'} />
      <NavItem
        href={routePath(conceptId, { kind: 'versions' })}
        label={t('web.nav.versions')}
        active={view.kind === 'versions'}
        badge={versions.length}
      />
      <NavItem
        href={routePath(conceptId, { kind: 'trash' })}
        label={t('trash.heading')}
        active={view.kind === 'trash'}
        badge={trash.length}
      />
    </ul>
  );
}

interface FindingsNavItemProps {
  href: string;
  active: boolean;
}

/**
 * The findings' entry. Checking the concept reads every part of it, the heaviest read of the workspace (about
 * 0.35 s for 300 measures on a slow machine), so the count comes once the workspace has shown, when the browser is
 * idle, and its reads run ahead one an idle task (`findingsReadsAhead`): no single long task. The link stays the
 * same element meanwhile, so focus and a click on it are not lost when the count arrives.
 */
function FindingsNavItem({ href, active }: FindingsNavItemProps) {
  const t = useT();
  const { doc } = useWorkspace();
  const { template } = useConceptTemplate();
  const idle = useIdleSteps(() => findingsReadsAhead(doc, template ?? undefined));
  const [count, setCount] = useState<number>();
  return (
    <>
      <NavItem
        href={href}
        label={t('web.nav.findings')}
        active={active}
        badge={count}
        badgeTone={count ? 'tone-warn' : 'tone-ok'}
      />
      {idle && <FindingsCounter onCount={setCount} />}
    </>
  );
}

function FindingsCounter({ onCount }: { onCount: (count: number) => void }) {
  const { doc } = useWorkspace();
  const { template } = useConceptTemplate();
  // The count in the navigation need not follow every keystroke; a few seconds old is good enough.
  const count = useFindings(doc, { delayMs: 5000, template: template ?? undefined }).length;
  useEffect(() => onCount(count), [count, onCount]);
  return null;
}

/**
 * False in the render that mounts; then runs the steps `plan` gives, each when the browser is idle (at most a
 * second later), and turns true after the last. What the steps return (what lets their reads go) is called in the
 * effects after that, once the component shown then has mounted and reads for itself, or on unmount.
 */
function useIdleSteps(plan: () => (() => () => void)[]): boolean {
  const [idle, setIdle] = useState(false);
  const [steps] = useState(plan);
  const [releases] = useState<(() => void)[]>(() => []);
  useEffect(() => {
    let next = 0;
    let cancel = () => {};
    const run = () => {
      const step = steps[next++];
      if (!step) {
        setIdle(true);
        return;
      }
      releases.push(step());
      cancel = whenIdle(run, 1000, 50);
    };
    cancel = whenIdle(run, 1000, 50);
    return () => cancel();
  }, [steps, releases]);
  useEffect(() => {
    if (idle) for (const release of releases.splice(0)) release();
  }, [idle, releases]);
  useEffect(
    () => () => {
      for (const release of releases.splice(0)) release();
    },
    [releases],
  );
  return idle;
}
