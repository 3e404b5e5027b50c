import type { GoalMove } from './GoalMove.ts';
import type { GoalPlace } from './indexGoalTree.ts';

/** Arguments for `moveGoal`: the new parent and the index among the new siblings (not counting the goal). */
export interface GoalTarget {
  parentId: string | null;
  index?: number;
}

/**
 * Where `move` takes the goal at `id`: up/down among its siblings, indent under the previous sibling (as its
 * last child), outdent to right after its parent. Null when there is nowhere to go.
 */
export function goalMoveTarget(
  places: Map<string, GoalPlace>,
  id: string,
  move: GoalMove,
): GoalTarget | null {
  const place = places.get(id);
  if (!place) return null;
  const parentId = place.parent?.goal.id ?? null;
  switch (move) {
    case 'up':
      return place.index > 0 ? { parentId, index: place.index - 1 } : null;
    case 'down':
      return place.index < place.siblings.length - 1 ? { parentId, index: place.index + 1 } : null;
    case 'indent': {
      const previous = place.siblings[place.index - 1];
      return previous ? { parentId: previous.goal.id } : null;
    }
    case 'outdent': {
      if (!place.parent) return null;
      const parentPlace = places.get(place.parent.goal.id);
      if (!parentPlace) return null;
      return { parentId: parentPlace.parent?.goal.id ?? null, index: parentPlace.index + 1 };
    }
  }
}
