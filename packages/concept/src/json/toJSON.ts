import type * as Y from 'yjs';
import { VISION } from '../model/keys.ts';
import { readRichText } from '../model/richText.ts';
import { effectiveParents } from '../queries/effectiveParents.ts';
import { flattenGoalTree, goalTree } from '../queries/goalTree.ts';
import { CONCEPT_SCHEMA_VERSION, type ConceptJSON, type GoalJSON } from './conceptJsonSchema.ts';
import {
  readActors,
  readChapters,
  readChecklist,
  readFieldsOfAction,
  readGoals,
  readMeasures,
  readMeta,
  readPhenomena,
  readVersions,
  readWorkshops,
} from './readers.ts';

/**
 * The concept as canonical Concept JSON. Goals come in tree order with the parent the tree shows, and links
 * to deleted entities are left out, so every replica with the same state produces the same JSON.
 */
export function toJSON(doc: Y.Doc): ConceptJSON {
  const goals = readGoals(doc, { richText: true }) as GoalJSON[];
  const parents = effectiveParents(goals);
  return {
    schemaVersion: CONCEPT_SCHEMA_VERSION,
    meta: readMeta(doc),
    vision: readRichText(doc.getXmlFragment(VISION)),
    chapters: readChapters(doc, { richText: true }) as ConceptJSON['chapters'],
    fieldsOfAction: readFieldsOfAction(doc),
    goals: flattenGoalTree(goalTree(goals)).map(({ goal }) => ({
      ...goal,
      parentId: parents.get(goal.id) ?? null,
    })),
    measures: readMeasures(doc, { richText: true }) as ConceptJSON['measures'],
    actors: readActors(doc),
    phenomena: readPhenomena(doc),
    workshops: readWorkshops(doc),
    versions: readVersions(doc),
    checklist: readChecklist(doc),
  };
}
