import * as Y from 'yjs';
import { CURRENT_DOC_SCHEMA_VERSION } from '../migrations/migrations.ts';
import {
  actorSpec,
  chapterSpec,
  type EntitySpec,
  fieldOfActionSpec,
  goalSpec,
  measureSpec,
  phenomenonSpec,
  proposalSpec,
  versionSpec,
  workshopSpec,
} from '../model/entitySpecs.ts';
import { insertEntity } from '../model/entityVerbs.ts';
import { writeGoalLevels } from '../model/goalLevelStore.ts';
import {
  ADOPTED_VERSION_ID,
  CHECKLIST,
  CHECKLIST_TICKS,
  DOC_SCHEMA_VERSION,
  META,
  REVISION,
  VISION,
} from '../model/keys.ts';
import { orderKeysAfter } from '../model/orderKeys.ts';
import { parseInput } from '../model/parseInput.ts';
import { writeRichText } from '../model/richText.ts';
import { chapterKind } from '../queries/chapterKind.ts';
import { checkReferences } from './checkReferences.ts';
import { checkRichTexts } from './checkRichTexts.ts';
import { type ConceptJSON, conceptJsonSchema } from './conceptJsonSchema.ts';
import { upgradeLegacyCosts } from './upgradeLegacyCosts.ts';

function insertAll(doc: Y.Doc, spec: EntitySpec, items: readonly { id: string }[]): void {
  const keys = orderKeysAfter(null, items.length);
  items.forEach((item, i) => {
    const { id, ...data } = item;
    insertEntity(doc, spec, data, id, keys[i] as string);
  });
}

/** Validates Concept JSON, naming the first bad path; returns it typed (an old `costs` figure as one cost line). */
export function parseConceptJSON(json: unknown): ConceptJSON {
  const parsed = parseInput(conceptJsonSchema, upgradeLegacyCosts(json));
  checkReferences(parsed);
  checkRichTexts(parsed);
  return parsed;
}

/**
 * Builds a concept Y.Doc from Concept JSON (into `doc` if given, which should be empty).
 * Throws a ConceptError naming the bad path for invalid input. `toJSON(fromJSON(j))` equals a canonical `j`.
 * @example const doc = fromJSON(JSON.parse(backupText));
 */
export function fromJSON(json: unknown, doc: Y.Doc = new Y.Doc()): Y.Doc {
  const concept = parseConceptJSON(json);
  doc.transact(() => {
    const meta = doc.getMap<unknown>(META);
    for (const [key, value] of Object.entries(concept.meta)) meta.set(key, value);
    // Concept JSON is always read into the current shape: an imported concept needs no migration.
    meta.set(DOC_SCHEMA_VERSION, CURRENT_DOC_SCHEMA_VERSION);
    writeRichText(doc.getXmlFragment(VISION), concept.vision, 'vision');
    insertAll(
      doc,
      chapterSpec,
      concept.chapters.map((c) => ({ ...c, kind: chapterKind(c) })),
    );
    insertAll(doc, fieldOfActionSpec, concept.fieldsOfAction);
    insertAll(doc, goalSpec, concept.goals);
    insertAll(doc, phenomenonSpec, concept.phenomena);
    insertAll(doc, actorSpec, concept.actors);
    insertAll(
      doc,
      workshopSpec,
      concept.workshops.map(({ proposals: _, ...w }) => w),
    );
    insertAll(
      doc,
      proposalSpec,
      concept.workshops.flatMap((w) => w.proposals.map((p) => ({ ...p, workshopId: w.id }))),
    );
    insertAll(doc, measureSpec, concept.measures);
    insertAll(
      doc,
      versionSpec,
      concept.versions.map(({ adopted: _, ...v }) => v),
    );
    const adopted = concept.versions.find((v) => v.adopted);
    if (adopted) meta.set(ADOPTED_VERSION_ID, adopted.id);
    const checklist = doc.getMap<boolean>(CHECKLIST);
    for (const [key, done] of Object.entries(concept.checklist)) checklist.set(key, done);
    const ticks = doc.getMap<unknown>(CHECKLIST_TICKS);
    for (const [key, tick] of Object.entries(concept.checklistTicks ?? {})) ticks.set(key, { ...tick });
    if (concept.revision) meta.set(REVISION, { ...concept.revision });
    // Without names (JSON written before they were the concept's) the concept stores none and reads the defaults.
    if (concept.goalLevels) writeGoalLevels(doc, concept.goalLevels);
  });
  return doc;
}
