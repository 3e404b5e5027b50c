import * as Y from 'yjs';
import type { EntityMap } from './entityStore.ts';

/**
 * Writes a list of strings into an entity's nested Y.Array by the smallest edit: the items both lists share at
 * the start and at the end stay, the old ones between are deleted and the new ones inserted. So when two people
 * add or remove different items at the same time, both changes survive the merge (two who add the same name
 * get it twice; either can remove one). A list stored as a plain array (documents from before lists were
 * Y.Arrays) is replaced by a Y.Array on its first write.
 * @example writeList(measure, 'targetGroups', [...current, 'Übungsleiter*innen']);
 */
export function writeList(entity: EntityMap, field: string, items: readonly string[]): void {
  const list = entity.get(field);
  if (!(list instanceof Y.Array)) {
    const created = new Y.Array<string>();
    created.push([...items]);
    entity.set(field, created);
    return;
  }
  const old = list.toArray() as unknown[];
  const shorter = Math.min(old.length, items.length);
  let start = 0;
  while (start < shorter && old[start] === items[start]) start++;
  let end = 0;
  while (end < shorter - start && old[old.length - 1 - end] === items[items.length - 1 - end]) end++;
  if (old.length - start - end > 0) list.delete(start, old.length - start - end);
  if (items.length - start - end > 0) list.insert(start, items.slice(start, items.length - end));
}
