export type {
  ChangeCounts,
  ComparedFieldType,
  ComparedKind,
  ConceptComparison,
  EntityChange,
  FieldChange,
} from './compare/ConceptComparison.ts';
export { compareConcepts } from './compare/compareConcepts.ts';
export type { DiffPart } from './compare/DiffPart.ts';
export { describeComparison } from './compare/describeComparison.ts';
export { diffText } from './compare/diffText.ts';
export {
  changesSince,
  EDIT_LOG_ORIGIN,
  type EditLogEntry,
  type PartChange,
  partsOfChange,
  readEditLog,
  recordEdits,
} from './edits/editLog.ts';
export { capVotes } from './json/capVotes.ts';
export type {
  ActorJSON,
  ActorType,
  ChapterJSON,
  ChapterKind,
  ChapterStatus,
  ConceptJSON,
  ConceptMeta,
  CostLineJSON,
  FieldOfActionJSON,
  FundingSource,
  GoalJSON,
  IndicatorJSON,
  MeasureJSON,
  MeasureStatus,
  Moderation,
  PhenomenonJSON,
  Priority,
  ProposalJSON,
  ProposalOutcome,
  RevisionJSON,
  SmartJSON,
  TerritoryType,
  VersionJSON,
  WorkshopJSON,
  WorkshopPhase,
  WorkshopRelease,
} from './json/conceptJsonSchema.ts';
export {
  actorTypeSchema,
  CONCEPT_SCHEMA_VERSION,
  COST_YEAR_RANGE,
  chapterKindSchema,
  chapterStatusSchema,
  conceptJsonSchema,
  conceptStatusSchema,
  fundingSourceSchema,
  MAX_COST_AMOUNT,
  MAX_COST_LINES,
  measureStatusSchema,
  moderationSchema,
  participantIdSchema,
  prioritySchema,
  proposalOutcomeSchema,
  releaseSchema,
  territoryTypeSchema,
  workshopPhaseSchema,
} from './json/conceptJsonSchema.ts';
export { fromJSON, parseConceptJSON } from './json/fromJSON.ts';
export {
  countWorkshops,
  DEFAULT_META,
  type Light,
  type MeasureHead,
  readActors,
  readChapters,
  readChecklist,
  readChecklistTicks,
  readFieldsOfAction,
  readGoals,
  readMeasureHeads,
  readMeasures,
  readMeta,
  readPhenomena,
  readProposals,
  readVersions,
  readWorkshops,
} from './json/readers.ts';
export { readRevision } from './json/readRevision.ts';
export type { RichTextDoc, RichTextNode } from './json/richTextSchema.ts';
export { richTextSchema } from './json/richTextSchema.ts';
export { toJSON } from './json/toJSON.ts';
export { docSchemaVersion } from './migrations/docSchemaVersion.ts';
export type { Migration } from './migrations/Migration.ts';
export { type MigrationReport, migrateDoc } from './migrations/migrateDoc.ts';
export { CURRENT_DOC_SCHEMA_VERSION, migrations } from './migrations/migrations.ts';
export { ConceptError } from './model/ConceptError.ts';
export { createId } from './model/createId.ts';
export { encodeStatePieces, STRUCTS_PER_PIECE } from './model/encodeStatePieces.ts';
export { SMART_FLAGS } from './model/entitySpecs.ts';
export { collection, type EntityMap, findEntity, findStoredEntity, isTrashed } from './model/entityStore.ts';
export { fragmentHasText } from './model/fragmentHasText.ts';
export { readGoalLevels, storesGoalLevels } from './model/goalLevelStore.ts';
export * as keys from './model/keys.ts';
export { emptyRichText, readRichText, richTextToPlain } from './model/richText.ts';
export { textValue } from './model/sharedText.ts';
export { trimLoadedDoc } from './model/trimLoadedDoc.ts';
export { activityCue } from './queries/activityCue.ts';
export { AUTO_CHECKS, type AutoCheck } from './queries/autoChecks.ts';
export type { ChecklistInput, ChecklistTick } from './queries/ChecklistInput.ts';
export { chapterKind, chapterKindOfKey, KIND_OF_CHAPTER_KEY } from './queries/chapterKind.ts';
export {
  type CheckedConcept,
  type CheckedTemplate,
  checkConcept,
  type Finding,
  type FindingCode,
  type FindingEntity,
  type FindingSeverity,
} from './queries/checkConcept.ts';
export {
  type ChecklistItemState,
  type ChecklistProgress,
  checklistProgress,
  currentPhaseKey,
  type PathTemplate,
  type PhaseProgress,
} from './queries/checklistProgress.ts';
export { DEFAULT_REQUIRED_MEASURE_FIELDS } from './queries/checkMeasures.ts';
export {
  COST_SOURCES,
  type CostSource,
  type CostTotals,
  costTotals,
  measureCostTotal,
  type YearCosts,
} from './queries/costTotals.ts';
export { currentRevision } from './queries/currentRevision.ts';
export {
  type DocumentPart,
  documentParts,
  PARTS_OF_KIND,
  STRUCTURED_PARTS,
  type StructuredPart,
} from './queries/documentParts.ts';
export { effectiveParents } from './queries/effectiveParents.ts';
export { FINDING_CODES, FINDING_SEVERITY } from './queries/Finding.ts';
export { type CoverageState, type GoalCoverage, goalCoverage } from './queries/goalCoverage.ts';
export {
  DEFAULT_GOAL_LEVELS,
  type GoalLevel,
  type GoalLevelName,
  goalLevelAt,
  goalLevelCount,
  goalLevelName,
  MAX_GOAL_DEPTH,
  MAX_GOAL_LEVEL_NAME,
  MAX_GOAL_LEVELS,
  suggestGoalLevelPlural,
} from './queries/goalLevel.ts';
export { type GoalMeasureMatrix, goalMeasureMatrix } from './queries/goalMeasureMatrix.ts';
export { flattenGoalTree, type GoalNode, goalTree } from './queries/goalTree.ts';
export { groupMeasuresByField, type MeasureGroup } from './queries/groupMeasuresByField.ts';
export { looksLikeActivity } from './queries/looksLikeActivity.ts';
export { measuresOfField } from './queries/measuresOfField.ts';
export { measuresOfGoal } from './queries/measuresOfGoal.ts';
export {
  chapterNumbers,
  type NumberedPart,
  numberedDocumentParts,
} from './queries/numberedDocumentParts.ts';
export { type PublicProposal, projectWorkshop, type WorkshopProjection } from './queries/projectWorkshop.ts';
export { readChecklistInput, readTextPresence } from './queries/readChecklistInput.ts';
export { readWorkshopView, type WorkshopView } from './queries/readWorkshopView.ts';
export {
  MIN_QUERY_LENGTH,
  type SearchHit,
  type SearchTarget,
  searchConcept,
} from './queries/searchConcept.ts';
export { shownChapterStatus } from './queries/shownChapterStatus.ts';
export { workshopProjection } from './queries/workshopProjection.ts';
export { type WorkshopStats, workshopStats } from './queries/workshopStats.ts';
export { rt } from './sample/rt.ts';
export { type SampleConceptOptions, sampleConcept } from './sample/sampleConcept.ts';
export { conceptSchema } from './schema/conceptSchema.ts';
export {
  createConceptFromTemplate,
  type NewConcept,
  newConceptSchema,
} from './template/createConceptFromTemplate.ts';
export { type ConceptTemplate, templateSchema } from './template/templateSchema.ts';
export { addActor, deleteActor, moveActor, updateActor } from './verbs/actorVerbs.ts';
export {
  addChapter,
  deleteChapter,
  moveChapter,
  promoteChapterToDraft,
  updateChapter,
} from './verbs/chapterVerbs.ts';
export { addCostLine, removeCostLine, updateCostLine } from './verbs/costLineVerbs.ts';
export { editOwnProposal, type OwnProposalEdit } from './verbs/editOwnProposal.ts';
export {
  addFieldOfAction,
  deleteFieldOfAction,
  moveFieldOfAction,
  updateFieldOfAction,
} from './verbs/fieldOfActionVerbs.ts';
export {
  addGoalLevel,
  deepestGoalDepth,
  removeGoalLevel,
  renameGoalLevel,
} from './verbs/goalLevelVerbs.ts';
export { addGoal, type ChildrenPolicy, deleteGoal, moveGoal, updateGoal } from './verbs/goalVerbs.ts';
export {
  addGoalIndicator,
  addMeasureIndicator,
  removeGoalIndicator,
  removeMeasureIndicator,
  updateGoalIndicator,
  updateMeasureIndicator,
} from './verbs/indicatorVerbs.ts';
export type * from './verbs/inputTypes.ts';
export {
  addMeasure,
  deleteMeasure,
  linkMeasureToGoal,
  moveMeasure,
  nextMeasureCode,
  renumberMeasures,
  unlinkMeasureFromGoal,
  updateMeasure,
} from './verbs/measureVerbs.ts';
export { setChecklistItem, setVision, updateMeta, visionFragment } from './verbs/metaVerbs.ts';
export {
  answerProposal,
  hideProposal,
  mergeProposals,
  type ProposalAnswer,
  releaseProposal,
} from './verbs/moderationVerbs.ts';
export {
  addPhenomenon,
  deletePhenomenon,
  movePhenomenon,
  updatePhenomenon,
} from './verbs/phenomenonVerbs.ts';
export {
  addProposal,
  castVote,
  deleteProposal,
  promoteProposal,
  updateProposal,
} from './verbs/proposalVerbs.ts';
export { setParticipantVotes } from './verbs/setParticipantVotes.ts';
export { startRevision } from './verbs/startRevision.ts';
export { MAX_PROPOSAL_LENGTH, type ProposalSubmission, submitProposal } from './verbs/submitProposal.ts';
export {
  type DeleteOptions,
  purgeTrash,
  readTrash,
  restoreFromTrash,
  TRASH_DAYS,
  TRASHABLE,
  type TrashEntry,
  trashEntryOf,
} from './verbs/trashVerbs.ts';
export { addVersion, deleteVersion, markVersionAdopted, updateVersion } from './verbs/versionVerbs.ts';
export { watchChapterStatus } from './verbs/watchChapterStatus.ts';
export { addWorkshop, deleteWorkshop, moveWorkshop, updateWorkshop } from './verbs/workshopVerbs.ts';
