import type { ConceptJSON } from '../json/conceptJsonSchema.ts';
import type { ChangeCounts, ComparedKind, ConceptComparison, EntityChange } from './ConceptComparison.ts';
import { compareEntities } from './compareEntities.ts';
import { compareFields } from './compareFields.ts';
import { entityFields, nameIndex, richText } from './entityFields.ts';
import { entityMoves } from './entityMoves.ts';
import { metaFields } from './metaFields.ts';

function counts(changes: readonly EntityChange[]): ChangeCounts {
  const count = (change: EntityChange['change']) => changes.filter((c) => c.change === change).length;
  return {
    added: count('added'),
    removed: count('removed'),
    changed: count('changed'),
    moved: changes.filter((c) => c.move).length,
    formatted: changes.filter((c) => c.change === 'changed' && c.fields.some((f) => f.formatting)).length,
  };
}

const inOrder = () => '';

/**
 * What differs between an older state of a concept (a saved version) and a newer one (another version or the
 * draft): the concept's details (title, phase, goal level names …), the Leitbild and each chapter as word diffs
 * (and formatting changed on words that stayed), fields of action, goals, measures and actors as added, removed
 * or changed with the fields that changed, and moved: a goal under another goal, a measure into another field of
 * action, or anything to another place among its siblings. Workshops, versions, the checklist and chapter statuses
 * are working state and not compared.
 * @example
 * const comparison = compareConcepts(adoptedVersion, toJSON(doc));
 * comparison.summary.measure // { added: 3, removed: 1, changed: 12, moved: 2, formatted: 1 }
 */
export function compareConcepts(before: ConceptJSON, after: ConceptJSON): ConceptComparison {
  const oldNames = nameIndex(before);
  const newNames = nameIndex(after);
  const meta = compareFields(metaFields(before), metaFields(after));
  const [vision] = compareFields([richText('vision', before.vision)], [richText('vision', after.vision)]);
  const none = { name: inOrder };
  const chapters = compareEntities(
    'chapter',
    { entities: before.chapters, fields: entityFields.chapter },
    { entities: after.chapters, fields: entityFields.chapter },
    (c) => c.title,
    {
      of: entityMoves({ entities: before.chapters, ...none }, { entities: after.chapters, ...none }, inOrder),
    },
  );
  const fieldsOfAction = compareEntities(
    'fieldOfAction',
    { entities: before.fieldsOfAction, fields: entityFields.fieldOfAction },
    { entities: after.fieldsOfAction, fields: entityFields.fieldOfAction },
    (f) => f.title,
    {
      of: entityMoves(
        { entities: before.fieldsOfAction, ...none },
        { entities: after.fieldsOfAction, ...none },
        inOrder,
      ),
    },
  );
  const goals = compareEntities(
    'goal',
    { entities: before.goals, fields: (g) => entityFields.goal(g, oldNames) },
    { entities: after.goals, fields: (g) => entityFields.goal(g, newNames) },
    (g) => g.title,
    {
      of: entityMoves(
        { entities: before.goals, name: (id) => oldNames.goals.get(id) ?? '' },
        { entities: after.goals, name: (id) => newNames.goals.get(id) ?? '' },
        (g) => g.parentId ?? '',
      ),
      parentField: 'parentId',
    },
  );
  const measures = compareEntities(
    'measure',
    { entities: before.measures, fields: (m) => entityFields.measure(m, oldNames) },
    { entities: after.measures, fields: (m) => entityFields.measure(m, newNames) },
    (m) => `${m.code} ${m.title}`.trim(),
    {
      of: entityMoves(
        { entities: before.measures, name: (id) => oldNames.fields.get(id) ?? '' },
        { entities: after.measures, name: (id) => newNames.fields.get(id) ?? '' },
        (m) => m.primaryFieldId ?? '',
      ),
      parentField: 'primaryFieldId',
    },
  );
  const actors = compareEntities(
    'actor',
    { entities: before.actors, fields: entityFields.actor },
    { entities: after.actors, fields: entityFields.actor },
    (a) => a.name,
    { of: entityMoves({ entities: before.actors, ...none }, { entities: after.actors, ...none }, inOrder) },
  );
  const summary: Record<ComparedKind, ChangeCounts> = {
    chapter: counts(chapters),
    fieldOfAction: counts(fieldsOfAction),
    goal: counts(goals),
    measure: counts(measures),
    actor: counts(actors),
  };
  const lists = [chapters, fieldsOfAction, goals, measures, actors];
  return {
    meta,
    vision: vision ?? null,
    chapters,
    fieldsOfAction,
    goals,
    measures,
    actors,
    summary,
    identical: meta.length === 0 && !vision && lists.every((list) => list.length === 0),
  };
}
