import type * as Y from 'yjs';
import { readGoalLevels } from '../model/goalLevelStore.ts';
import { VISION } from '../model/keys.ts';
import { readRichText } from '../model/richText.ts';
import { effectiveParents } from '../queries/effectiveParents.ts';
import { flattenGoalTree, goalTree } from '../queries/goalTree.ts';
import { capCollections } from './capCollections.ts';
import { CONCEPT_SCHEMA_VERSION, type ConceptJSON, type GoalJSON } from './conceptJsonSchema.ts';
import {
  readActors,
  readChapters,
  readChecklist,
  readChecklistTicks,
  readFieldsOfAction,
  readGoals,
  readMeasures,
  readMeta,
  readPhenomena,
  readVersions,
  readWorkshops,
} from './readers.ts';
import { readRevision } from './readRevision.ts';

/** Options for `toJSON`. */
export interface ToJSONOptions {
  /**
   * Told the path of every stored value that did not fit Concept JSON and was read as its default, cut or
   * repaired (written past the verbs by a raw client or an older build), e.g. `measures[m1].status`.
   */
  onRepair?: (path: string) => void;
}

/**
 * The concept as canonical Concept JSON. Goals come in tree order with the parent the tree shows, and links
 * to deleted entities are left out, so every replica with the same state produces the same JSON. It always
 * passes `parseConceptJSON` and reads back equal after `fromJSON`, whatever was written into the doc: a
 * value that does not fit reads as its field's default or cut to fit, and rich text is repaired to the schema.
 */
export function toJSON(doc: Y.Doc, options: ToJSONOptions = {}): ConceptJSON {
  const { onRepair } = options;
  const light = { onRepair };
  const full = { richText: true, onRepair };
  const goals = readGoals(doc, full) as GoalJSON[];
  const parents = effectiveParents(goals);
  const json: ConceptJSON = {
    schemaVersion: CONCEPT_SCHEMA_VERSION,
    meta: readMeta(doc, light),
    vision: readRichText(doc.getXmlFragment(VISION), () => onRepair?.(VISION)),
    chapters: readChapters(doc, full) as ConceptJSON['chapters'],
    fieldsOfAction: readFieldsOfAction(doc, light),
    goals: flattenGoalTree(goalTree(goals)).map(({ goal }) => ({
      ...goal,
      parentId: parents.get(goal.id) ?? null,
    })),
    measures: readMeasures(doc, full) as ConceptJSON['measures'],
    actors: readActors(doc, light),
    phenomena: readPhenomena(doc, light),
    workshops: readWorkshops(doc, light),
    versions: readVersions(doc, light),
    checklist: readChecklist(doc, light),
    goalLevels: readGoalLevels(doc),
  };
  const ticks = readChecklistTicks(doc, light);
  // Left out when empty, so the JSON of concepts without ticks stays as it was.
  if (Object.keys(ticks).length > 0) json.checklistTicks = ticks;
  const revision = readRevision(doc);
  if (revision) json.revision = revision;
  return capCollections(json, onRepair);
}
