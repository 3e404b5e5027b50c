import { diffArrays } from 'diff';
import type { EntityMove } from './ConceptComparison.ts';

interface Side<T> {
  entities: readonly T[];
  /** The name of a parent key on this side ('' stays ''). */
  name(parent: string): string;
}

function siblings<T extends { id: string }>(entities: readonly T[], parentOf: (e: T) => string) {
  const groups = new Map<string, string[]>();
  for (const entity of entities) {
    const key = parentOf(entity);
    const group = groups.get(key);
    if (group) group.push(entity.id);
    else groups.set(key, [entity.id]);
  }
  return groups;
}

/**
 * The entities in both states that moved: to another parent (the key `parentOf` reads, '' for none), or to another
 * place among the siblings that stayed with them. Of a run of siblings only those that left the longest common order
 * count as moved, so moving one goal up does not report every goal it passed.
 */
export function entityMoves<T extends { id: string }>(
  before: Side<T>,
  after: Side<T>,
  parentOf: (entity: T) => string,
): Map<string, EntityMove> {
  const moves = new Map<string, EntityMove>();
  const oldParent = new Map(before.entities.map((e) => [e.id, parentOf(e)]));
  const newParent = new Map(after.entities.map((e) => [e.id, parentOf(e)]));
  for (const [id, parent] of newParent) {
    const was = oldParent.get(id);
    if (was !== undefined && was !== parent)
      moves.set(id, { kind: 'parent', from: before.name(was), to: after.name(parent) });
  }
  const oldGroups = siblings(before.entities, parentOf);
  const newGroups = siblings(after.entities, parentOf);
  for (const [parent, ids] of newGroups) {
    const previous = oldGroups.get(parent) ?? [];
    const stayed = (id: string) => oldParent.get(id) === parent && newParent.get(id) === parent;
    const parts = diffArrays(previous.filter(stayed), ids.filter(stayed));
    for (const part of parts) {
      if (!part.added) continue;
      for (const id of part.value)
        moves.set(id, { kind: 'order', from: previous.indexOf(id) + 1, to: ids.indexOf(id) + 1 });
    }
  }
  return moves;
}
