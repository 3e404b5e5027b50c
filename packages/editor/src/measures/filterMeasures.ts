import type { GoalJSON, GoalNode, Light, MeasureJSON } from '@werkbank/concept';
import type { MeasuresFilter } from './MeasuresFilter.ts';

function goalAndDescendants(tree: readonly GoalNode<Light<GoalJSON>>[], goalId: string): Set<string> {
  const out = new Set<string>();
  function collect(nodes: readonly GoalNode<Light<GoalJSON>>[], inside: boolean): void {
    for (const node of nodes) {
      const match = inside || node.goal.id === goalId;
      if (match) out.add(node.goal.id);
      collect(node.children, match);
    }
  }
  collect(tree, false);
  return out;
}

/**
 * The measures that pass `filter`, in the given order. A goal filter also matches measures serving one of
 * the goal's sub-goals, so filtering by a Leitziel shows everything that works towards it.
 */
export function filterMeasures<M extends Light<MeasureJSON>>(
  measures: readonly M[],
  filter: MeasuresFilter,
  tree: readonly GoalNode<Light<GoalJSON>>[],
): M[] {
  const text = filter.text?.trim().toLowerCase() ?? '';
  const goals = filter.goalId ? goalAndDescendants(tree, filter.goalId) : null;
  return measures.filter(
    (m) =>
      (!text || `${m.code} ${m.title}`.toLowerCase().includes(text)) &&
      (!filter.fieldId ||
        m.primaryFieldId === filter.fieldId ||
        m.secondaryFieldIds.includes(filter.fieldId)) &&
      (!goals || m.goalIds.some((id) => goals.has(id))) &&
      (!filter.status || m.status === filter.status) &&
      (filter.lead === undefined || filter.lead === '' || m.lead.trim() === filter.lead) &&
      (!filter.keyOnly || m.isKeyMeasure),
  );
}
