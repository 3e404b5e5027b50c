import * as Y from 'yjs';
import {
  readActors,
  readChapters,
  readChecklist,
  readChecklistTicks,
  readFieldsOfAction,
  readGoals,
  readMeasures,
  readMeta,
  readVersions,
  readWorkshops,
} from '../json/readers.ts';
import { findEntity } from '../model/entityStore.ts';
import { fragmentHasText } from '../model/fragmentHasText.ts';
import { readGoalLevels } from '../model/goalLevelStore.ts';
import { BODY, CHAPTERS, VISION } from '../model/keys.ts';
import type { ChecklistInput } from './ChecklistInput.ts';

/** Whether each chapter and the Leitbild hold text, read from Yjs without building rich-text JSON. */
export function readTextPresence(doc: Y.Doc): Pick<ChecklistInput, 'chapters' | 'vision'> {
  return {
    chapters: readChapters(doc).map(({ id, key, title, kind }) => {
      const body = findEntity(doc, CHAPTERS, id)?.get(BODY);
      const hasText = body instanceof Y.XmlFragment && fragmentHasText(body);
      return { id, key, title, kind, body: { hasText } };
    }),
    vision: { hasText: fragmentHasText(doc.getXmlFragment(VISION)) },
  };
}

/** Everything the checks and the checklist read, gathered from a Y.Doc with the light readers. */
export function readChecklistInput(doc: Y.Doc): ChecklistInput {
  return {
    meta: readMeta(doc),
    checklist: readChecklist(doc),
    checklistTicks: readChecklistTicks(doc),
    ...readTextPresence(doc),
    goals: readGoals(doc),
    measures: readMeasures(doc),
    actors: readActors(doc),
    fieldsOfAction: readFieldsOfAction(doc),
    workshops: readWorkshops(doc),
    versions: readVersions(doc),
    goalLevels: readGoalLevels(doc),
  };
}
