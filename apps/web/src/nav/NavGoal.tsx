import type { GoalJSON, GoalNode, Light } from '@werkbank/concept';
import { type PresenceUser, useT } from '@werkbank/editor';
import { memo } from 'react';
import { routePath } from '../routing/routePath.ts';
import { describeGoalStatus } from './describeGoalStatus.ts';
import type { GoalNavStatus } from './goalNavStatus.ts';
import { NavBadgeText } from './NavBadgeText.tsx';
import { NavGroup } from './NavGroup.tsx';
import { NavItem } from './NavItem.tsx';
import { PresenceDots } from './PresenceDots.tsx';

interface NavGoalProps {
  node: GoalNode<Light<GoalJSON>>;
  statuses: ReadonlyMap<string, GoalNavStatus>;
  activeGoal: string | null;
  conceptId: string;
  presence: Map<string, PresenceUser[]>;
}

function contains(node: GoalNode<Light<GoalJSON>>, id: string | null): boolean {
  return id !== null && (node.goal.id === id || node.children.some((child) => contains(child, id)));
}

function peopleIn(node: GoalNode<Light<GoalJSON>>, presence: Map<string, PresenceUser[]>): PresenceUser[] {
  return [
    ...(presence.get(`goal:${node.goal.id}`) ?? []),
    ...node.children.flatMap((child) => peopleIn(child, presence)),
  ];
}

/** One goal with its number and status, opening it in the goal system; a goal with sub-goals folds. */
export const NavGoal = memo(function NavGoal({
  node,
  statuses,
  activeGoal,
  conceptId,
  presence,
}: NavGoalProps) {
  const t = useT();
  const { id, title } = node.goal;
  const status = statuses.get(id);
  const text = status ? describeGoalStatus(t, status) : null;
  const statusText = text && <NavBadgeText visible={text.visible} spoken={text.spoken} />;
  const shared = {
    href: routePath(conceptId, { kind: 'goals', id }),
    prefix: node.number,
    active: id === activeGoal,
    ...(text?.place === 'note'
      ? { note: statusText, noteTone: text.tone }
      : { badge: statusText ?? undefined, badgeTone: text?.tone }),
    presence: <PresenceDots users={presence.get(`goal:${id}`)} />,
  };
  if (node.children.length === 0) {
    return <NavItem label={title || t('common.untitled')} {...shared} />;
  }
  return (
    <NavGroup
      id={`goal:${id}`}
      title={title || t('common.untitled')}
      defaultExpanded={node.depth === 0 || contains(node, activeGoal)}
      collapsedPresence={<PresenceDots users={peopleIn(node, presence)} />}
      {...shared}
    >
      {node.children.map((child) => (
        <NavGoal
          key={child.goal.id}
          node={child}
          statuses={statuses}
          activeGoal={activeGoal}
          conceptId={conceptId}
          presence={presence}
        />
      ))}
    </NavGroup>
  );
});
