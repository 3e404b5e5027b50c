/** How many measures serve each goal, by goal id. */
export function countMeasuresByGoal(
  measures: readonly { goalIds: readonly string[] }[],
): Map<string, number> {
  const counts = new Map<string, number>();
  for (const measure of measures) for (const id of measure.goalIds) counts.set(id, (counts.get(id) ?? 0) + 1);
  return counts;
}
