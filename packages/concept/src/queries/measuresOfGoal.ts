/** The measures that serve one goal, in concept order. */
export function measuresOfGoal<M extends { goalIds: readonly string[] }>(
  measures: readonly M[],
  goalId: string,
): M[] {
  return measures.filter((m) => m.goalIds.includes(goalId));
}
