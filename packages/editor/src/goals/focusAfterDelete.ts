import type { GoalJSON, GoalNode, Light } from '@werkbank/concept';

/** The goal to focus once `id` is deleted: the one above it, else the next one not below it. */
export function focusAfterDelete(visible: readonly GoalNode<Light<GoalJSON>>[], id: string): string | null {
  const index = visible.findIndex((node) => node.goal.id === id);
  const depth = visible[index]?.depth ?? 0;
  const next = visible[index - 1] ?? visible.find((node, i) => i > index && node.depth <= depth);
  return next?.goal.id ?? null;
}
