import type { GoalTarget } from './goalMoveTarget.ts';
import type { GoalPlace } from './indexGoalTree.ts';

/** Where on a row a dragged goal is dropped. */
export type DropZone = 'before' | 'inside' | 'after';

/** The zone under the pointer: the outer quarters of the row mean before/after, the middle means inside. */
export function dropZoneAt(clientY: number, rect: { top: number; height: number }): DropZone {
  if (rect.height <= 0) return 'inside';
  const ratio = (clientY - rect.top) / rect.height;
  return ratio < 0.25 ? 'before' : ratio > 0.75 ? 'after' : 'inside';
}

function isWithin(places: Map<string, GoalPlace>, id: string, ancestorId: string): boolean {
  let place = places.get(id);
  while (place) {
    if (place.node.goal.id === ancestorId) return true;
    place = place.parent ? places.get(place.parent.goal.id) : undefined;
  }
  return false;
}

/**
 * Arguments for `moveGoal` when `draggedId` is dropped on `targetId` in `zone`; null where it cannot go: on
 * itself or anywhere inside its own sub-goals (the concept would refuse the cycle).
 */
export function goalDropTarget(
  places: Map<string, GoalPlace>,
  draggedId: string,
  targetId: string,
  zone: DropZone,
): GoalTarget | null {
  const target = places.get(targetId);
  if (!target || isWithin(places, targetId, draggedId)) return null;
  if (zone === 'inside') return { parentId: targetId };
  const siblings = target.siblings.filter((node) => node.goal.id !== draggedId);
  const index = siblings.findIndex((node) => node.goal.id === targetId);
  return { parentId: target.parent?.goal.id ?? null, index: zone === 'before' ? index : index + 1 };
}
