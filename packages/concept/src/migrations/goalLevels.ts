import type { Migration } from './Migration.ts';

// Frozen here rather than read from goalLevelStore or DEFAULT_GOAL_LEVELS: a migration must do the same thing
// however those change later.
const GOAL_LEVELS = 'goalLevels';
const COUNT = 'count';
const NAMES = [
  ['Leitziel', 'Leitziele'],
  ['Mittlerziel', 'Mittlerziele'],
  ['Handlungsziel', 'Handlungsziele'],
] as const;

/**
 * Version 6: the goal levels' names are the concept's (`goalLevels`: `count`, `singular.<i>`, `plural.<i>`),
 * so its steering group can rename them and add levels down to six. A concept without them gets the names both
 * templates gave every concept until now: Leitziel, Mittlerziel, Handlungsziel. Each name is its own key, so a
 * rename made offline before the migration (written under a higher client id) wins the merge. The version also
 * keeps clients built before it from writing into a document whose tree may now be deeper than three levels.
 */
export const goalLevels: Migration = {
  version: 6,
  name: 'goal-levels',
  migrate(doc) {
    const map = doc.getMap<unknown>(GOAL_LEVELS);
    if (typeof map.get(COUNT) === 'number') return;
    map.set(COUNT, NAMES.length);
    NAMES.forEach(([singular, plural], i) => {
      if (!map.has(`singular.${i}`)) map.set(`singular.${i}`, singular);
      if (!map.has(`plural.${i}`)) map.set(`plural.${i}`, plural);
    });
  },
};
