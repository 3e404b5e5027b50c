import type { GoalJSON, GoalNode, Light } from '@werkbank/concept';
import type { KeyboardEvent } from 'react';
import type { GoalMove } from './GoalMove.ts';
import type { GoalPlace } from './indexGoalTree.ts';

/** What the tree's keyboard handler can do. */
export interface GoalTreeKeyContext {
  activeId: string;
  editable: boolean;
  visible: GoalNode<Light<GoalJSON>>[];
  places: Map<string, GoalPlace>;
  collapsed: ReadonlySet<string>;
  focus: (id: string) => void;
  setExpanded: (id: string, expanded: boolean) => void;
  move: (id: string, move: GoalMove) => void;
  open: (id: string) => void;
  rename: (id: string) => void;
  remove: (id: string) => void;
  addChild: (id: string) => void;
}

const ALT_MOVES: Record<string, GoalMove> = {
  ArrowUp: 'up',
  ArrowDown: 'down',
  ArrowRight: 'indent',
  ArrowLeft: 'outdent',
};

/**
 * The WAI-ARIA tree keys (arrows, Home, End, Enter) plus editing: Alt+arrows move and re-parent, F2
 * renames, Delete deletes, Insert adds a sub-goal. Returns whether the key was handled.
 */
export function handleGoalTreeKey(event: KeyboardEvent, ctx: GoalTreeKeyContext): boolean {
  const { activeId: id, visible, places } = ctx;
  const place = places.get(id);
  if (!place) return false;
  const index = visible.findIndex((node) => node.goal.id === id);
  const hasChildren = place.node.children.length > 0;
  const expanded = hasChildren && !ctx.collapsed.has(id);
  const go = (node: GoalNode<Light<GoalJSON>> | undefined | null) => node && ctx.focus(node.goal.id);
  const altMove = ALT_MOVES[event.key];
  if (event.altKey && altMove) {
    if (ctx.editable) ctx.move(id, altMove);
    return ctx.editable;
  }
  if (event.altKey || event.ctrlKey || event.metaKey) return false;
  switch (event.key) {
    case 'ArrowDown':
      go(visible[index + 1]);
      return true;
    case 'ArrowUp':
      go(visible[index - 1]);
      return true;
    case 'Home':
      go(visible[0]);
      return true;
    case 'End':
      go(visible[visible.length - 1]);
      return true;
    case 'ArrowRight':
      if (hasChildren && !expanded) ctx.setExpanded(id, true);
      else if (hasChildren) go(place.node.children[0]);
      return true;
    case 'ArrowLeft':
      if (expanded) ctx.setExpanded(id, false);
      else go(place.parent);
      return true;
    case 'Enter':
      ctx.open(id);
      return true;
  }
  if (!ctx.editable) return false;
  switch (event.key) {
    case 'F2':
      ctx.rename(id);
      return true;
    case 'Delete':
      ctx.remove(id);
      return true;
    case 'Insert':
      ctx.addChild(id);
      return true;
  }
  return false;
}
