import type { FieldOfActionJSON, MeasureJSON, VersionJSON } from '../json/conceptJsonSchema.ts';
import type { Light } from '../json/readers.ts';
import type { ConceptTemplate } from '../template/templateSchema.ts';
import { type CheckedGoal, checkFieldsOfAction, checkGoals } from './checkGoals.ts';
import { checkMeasures } from './checkMeasures.ts';
import { type CheckedWorkshop, checkVersions, checkWorkshops } from './checkParticipation.ts';
import { type CheckedChapter, checkActors, checkChapters, checkVision } from './checkTexts.ts';
import type { Finding } from './Finding.ts';
import type { GoalLevelName } from './goalLevel.ts';
import type { TextPresence } from './hasWrittenText.ts';
import { inDocumentOrder } from './inDocumentOrder.ts';

export type { Finding, FindingCode, FindingEntity, FindingSeverity } from './Finding.ts';

/**
 * What `checkConcept` reads: Concept JSON, or the light readers' entities (`readCheckedConcept` gathers them
 * from a Y.Doc). Each part left out is not checked. A measure's `description` is needed only when the template
 * requires it (read it with `readMeasures(doc, { richText: true })`).
 */
export interface CheckedConcept {
  goals: readonly CheckedGoal[];
  /** The concept's goal level names (left out: Leitziel / Mittlerziel / Handlungsziel). */
  goalLevels?: readonly GoalLevelName[];
  measures: readonly Light<MeasureJSON>[];
  chapters?: readonly CheckedChapter[];
  vision?: TextPresence;
  actors?: readonly unknown[];
  fieldsOfAction?: readonly Pick<FieldOfActionJSON, 'id' | 'title'>[];
  workshops?: readonly CheckedWorkshop[];
  versions?: readonly Pick<VersionJSON, 'id' | 'name' | 'createdAt' | 'resolution'>[];
}

/** What of a template the checks read: required chapters and measure fields. */
export type CheckedTemplate = Partial<Pick<ConceptTemplate, 'requiredMeasureFields' | 'chapters'>>;

/**
 * Everything the product can check by itself, in the document's order of the places they lead to
 * (`inDocumentOrder`): empty required chapters, an empty Leitbild, no actors, fields of action without goals, goals of the deepest level without a measure,
 * measures without what the template requires, clashing codes, goals phrased as activities, unanswered
 * workshop proposals and resolutions dated before their version. The concept is complete when it is empty.
 * @example checkConcept(toJSON(doc), template).filter((f) => f.severity === 'gap')
 */
export function checkConcept(concept: CheckedConcept, template?: CheckedTemplate): Finding[] {
  const chapterTemplate = template?.chapters ? { chapters: template.chapters } : undefined;
  const findings: Finding[] = [
    ...(concept.chapters ? checkChapters(concept.chapters, chapterTemplate) : []),
    ...(concept.vision ? checkVision(concept.vision) : []),
    ...(concept.actors ? checkActors(concept.actors) : []),
    ...(concept.fieldsOfAction ? checkFieldsOfAction(concept.fieldsOfAction, concept.goals) : []),
    ...checkGoals(concept.goals, concept.measures, concept.goalLevels),
    ...checkMeasures(concept.measures, template?.requiredMeasureFields),
    ...(concept.workshops ? checkWorkshops(concept.workshops) : []),
    ...(concept.versions ? checkVersions(concept.versions) : []),
  ];
  return inDocumentOrder(findings, concept.chapters ?? []);
}
