import type { ComparedKind, EntityChange, EntityMove } from './ConceptComparison.ts';
import { compareFields } from './compareFields.ts';
import type { FieldValue } from './FieldValue.ts';

interface Side<T> {
  entities: readonly T[];
  fields(entity: T): FieldValue[];
}

/** Where entities moved, and the field a move to another parent stands for (told as the move, not as a field). */
export interface Moves {
  of: ReadonlyMap<string, EntityMove>;
  parentField?: string;
}

/**
 * New, gone and changed entities of one kind, matched by id, in the newer order; a gone entity stands after the
 * entity it followed before. An entity that only moved is changed, with its move and no fields.
 */
export function compareEntities<T extends { id: string }>(
  kind: ComparedKind,
  before: Side<T>,
  after: Side<T>,
  title: (entity: T) => string,
  moves?: Moves,
): EntityChange[] {
  const old = new Map(before.entities.map((e) => [e.id, e]));
  const kept = new Set(after.entities.map((e) => e.id));
  const rows: { id: string; change: EntityChange | null }[] = after.entities.map((entity) => {
    const previous = old.get(entity.id);
    const move = previous ? moves?.of.get(entity.id) : undefined;
    const fields = compareFields(previous && before.fields(previous), after.fields(entity)).filter(
      (f) => move?.kind !== 'parent' || f.field !== moves?.parentField,
    );
    const change = previous ? 'changed' : 'added';
    if (!fields.length && previous && !move) return { id: entity.id, change: null };
    const entry: EntityChange = { kind, id: entity.id, change, title: title(entity), fields };
    return { id: entity.id, change: move ? { ...entry, move } : entry };
  });
  let anchor = -1;
  for (const entity of before.entities) {
    if (kept.has(entity.id)) {
      anchor = rows.findIndex((row) => row.id === entity.id);
      continue;
    }
    const fields = compareFields(before.fields(entity), undefined);
    anchor += 1;
    rows.splice(anchor, 0, {
      id: entity.id,
      change: { kind, id: entity.id, change: 'removed', title: title(entity), fields },
    });
  }
  return rows.flatMap((row) => (row.change ? [row.change] : []));
}
