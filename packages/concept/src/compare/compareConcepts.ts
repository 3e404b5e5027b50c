import type { ConceptJSON } from '../json/conceptJsonSchema.ts';
import type { ChangeCounts, ComparedKind, ConceptComparison, EntityChange } from './ConceptComparison.ts';
import { compareEntities } from './compareEntities.ts';
import { compareFields } from './compareFields.ts';
import { entityFields, nameIndex } from './entityFields.ts';
import { richTextLines } from './richTextLines.ts';

function counts(changes: readonly EntityChange[]): ChangeCounts {
  const count = (change: EntityChange['change']) => changes.filter((c) => c.change === change).length;
  return { added: count('added'), removed: count('removed'), changed: count('changed') };
}

/**
 * What differs between an older state of a concept (a saved version) and a newer one (another version or the
 * draft): the Leitbild and each chapter as word diffs, fields of action, goals, measures and actors as added,
 * removed or changed with the fields that changed. Workshops, versions, the checklist and chapter statuses are
 * working state and not compared.
 * @example
 * const comparison = compareConcepts(adoptedVersion, toJSON(doc));
 * comparison.summary.measure // { added: 3, removed: 1, changed: 12 }
 */
export function compareConcepts(before: ConceptJSON, after: ConceptJSON): ConceptComparison {
  const oldNames = nameIndex(before);
  const newNames = nameIndex(after);
  const [vision] = compareFields(
    [{ field: 'vision', type: 'richText', value: richTextLines(before.vision) }],
    [{ field: 'vision', type: 'richText', value: richTextLines(after.vision) }],
  );
  const chapters = compareEntities(
    'chapter',
    { entities: before.chapters, fields: entityFields.chapter },
    { entities: after.chapters, fields: entityFields.chapter },
    (c) => c.title,
  );
  const fieldsOfAction = compareEntities(
    'fieldOfAction',
    { entities: before.fieldsOfAction, fields: entityFields.fieldOfAction },
    { entities: after.fieldsOfAction, fields: entityFields.fieldOfAction },
    (f) => f.title,
  );
  const goals = compareEntities(
    'goal',
    { entities: before.goals, fields: (g) => entityFields.goal(g, oldNames) },
    { entities: after.goals, fields: (g) => entityFields.goal(g, newNames) },
    (g) => g.title,
  );
  const measures = compareEntities(
    'measure',
    { entities: before.measures, fields: (m) => entityFields.measure(m, oldNames) },
    { entities: after.measures, fields: (m) => entityFields.measure(m, newNames) },
    (m) => `${m.code} ${m.title}`.trim(),
  );
  const actors = compareEntities(
    'actor',
    { entities: before.actors, fields: entityFields.actor },
    { entities: after.actors, fields: entityFields.actor },
    (a) => a.name,
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
    vision: vision ?? null,
    chapters,
    fieldsOfAction,
    goals,
    measures,
    actors,
    summary,
    identical: !vision && lists.every((list) => list.length === 0),
  };
}
