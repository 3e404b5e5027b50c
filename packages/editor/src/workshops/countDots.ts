/** All dots on a proposal, from every participant. */
export function countDots(votes: Readonly<Record<string, number>>): number {
  return Object.values(votes).reduce((sum, dots) => sum + dots, 0);
}
