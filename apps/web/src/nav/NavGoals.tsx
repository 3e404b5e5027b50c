import { type PresenceUser, useGoalTree, useMeasureHeads, useT } from '@werkbank/editor';
import type { WorkspaceView } from '../routing/Route.ts';
import { routePath } from '../routing/routePath.ts';
import { useWorkspace } from '../workspace/WorkspaceContext.ts';
import { NavBadgeText } from './NavBadgeText.tsx';
import { NavGoal } from './NavGoal.tsx';
import { NavGroup } from './NavGroup.tsx';
import type { NavIntro } from './NavIntro.ts';
import { PresenceDots } from './PresenceDots.tsx';
import { useGoalNavStatus } from './useGoalNavStatus.ts';

interface NavGoalsProps {
  view: WorkspaceView;
  presence: Map<string, PresenceUser[]>;
  /** The chapter the goal system is placed in (its number and title name the entry). */
  intro?: NavIntro | undefined;
}

/** The goal system (Leitziel → Mittlerziel → Handlungsziel) in the concept's order, each goal with its status. */
export function NavGoals({ view, presence, intro }: NavGoalsProps) {
  const t = useT();
  const { doc, conceptId } = useWorkspace();
  const tree = useGoalTree(doc);
  const measures = useMeasureHeads(doc);
  const statuses = useGoalNavStatus(tree, measures);
  const activeGoal = view.kind === 'goals' ? (view.id ?? null) : null;
  let total = 0;
  let served = 0;
  for (const root of tree) {
    total += statuses.get(root.goal.id)?.actionGoals ?? 0;
    served += statuses.get(root.goal.id)?.actionGoalsServed ?? 0;
  }
  const badge =
    total > 0 ? (
      <NavBadgeText visible={`${served}/${total}`} spoken={t('web.nav.goalsServed', { served, total })} />
    ) : (
      <NavBadgeText visible={String(tree.length)} spoken={t('web.nav.goalsCount', { count: tree.length })} />
    );
  const everyone = [...presence.entries()]
    .filter(([key]) => key.startsWith('goal:') || (intro && key === `chapter:${intro.chapterId}`))
    .flatMap(([, users]) => users);
  const onChapter = intro ? (presence.get(`chapter:${intro.chapterId}`) ?? []) : [];
  return (
    <NavGroup
      id="goals"
      className="nav-goals"
      title={intro?.title ?? t('goal.tree')}
      prefix={intro?.prefix}
      defaultExpanded
      href={routePath(conceptId, { kind: 'goals' })}
      active={
        (view.kind === 'goals' && !view.id) || (view.kind === 'chapter' && view.id === intro?.chapterId)
      }
      badge={badge}
      presence={<PresenceDots users={[...(presence.get('goal:') ?? []), ...onChapter]} />}
      collapsedPresence={<PresenceDots users={everyone} />}
    >
      {tree.map((node) => (
        <NavGoal
          key={node.goal.id}
          node={node}
          statuses={statuses}
          activeGoal={activeGoal}
          conceptId={conceptId}
          presence={presence}
        />
      ))}
    </NavGroup>
  );
}
