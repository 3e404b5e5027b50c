import { germanLabels } from './germanLabels.ts';

const NAMED = [
  germanLabels.goalLevel.leitziel,
  germanLabels.goalLevel.mittlerziel,
  germanLabels.goalLevel.handlungsziel,
];
const DEEPER = { singular: 'Teilziel', plural: 'Teilziele' };

/**
 * The name of the goal level at `depth` (0 = root): Leitziel, Mittlerziel, Handlungsziel, and Teilziel for the
 * levels an imported tree has below those three, so they do not pass for Handlungsziele.
 */
export function goalLevelName(depth: number, plural = false): string {
  const named = NAMED[depth];
  if (named) return plural ? `${named}e` : named;
  return plural ? DEEPER.plural : DEEPER.singular;
}
