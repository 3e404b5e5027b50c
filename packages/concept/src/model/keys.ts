/** Root keys of a concept's Y.Doc. Every shared name lives here so that no other file spells one. */
export const META = 'meta';
export const VISION = 'vision';
export const CHECKLIST = 'checklist';
/** Who ticked a checklist item by hand and when: item id → `{ by, at }` (absent in concepts stored before). */
export const CHECKLIST_TICKS = 'checklistTicks';
export const CHAPTERS = 'chapters';
export const FIELDS_OF_ACTION = 'fieldsOfAction';
export const GOALS = 'goals';
export const MEASURES = 'measures';
export const ACTORS = 'actors';
export const PHENOMENA = 'phenomena';
export const WORKSHOPS = 'workshops';
export const PROPOSALS = 'proposals';
export const VERSIONS = 'versions';
/**
 * The concept's goal level names: `count` and, per level index, `singular.<i>` and `plural.<i>` (absent in
 * concepts stored before schema version 6, which read `DEFAULT_GOAL_LEVELS`).
 */
export const GOAL_LEVELS = 'goalLevels';
/** Who last edited which part from which device, and when: `<part>|<device>` → entry (absent in concepts stored before). */
export const EDIT_LOG = 'editLog';

/** Keys every entity map carries. */
export const ID = 'id';
export const ORDER = 'order';

/** Entity field keys that verbs and queries name directly. */
export const PARENT_ID = 'parentId';
export const WORKSHOP_ID = 'workshopId';
export const CODE = 'code';
export const STATUS = 'status';
export const BODY = 'body';
/** A chapter's kind: `text`, or the structured part it introduces. */
export const KIND = 'kind';
export const VOTES = 'votes';
/** Entity keys of the Papierkorb: when (ISO time), by whom (display name) and in which batch it was deleted. */
export const DELETED_AT = 'deletedAt';
export const DELETED_BY = 'deletedBy';
export const TRASH_ID = 'trashId';
/** Meta key naming the adopted version: one register, so two replicas can never both adopt one. */
export const ADOPTED_VERSION_ID = 'adoptedVersionId';
/** Meta key of the revision (Fortschreibung) begun after an adoption: its name, start and the version it follows. */
export const REVISION = 'revision';
/** Meta key holding the document's schema version (absent in documents stored before it existed: version 1). */
export const DOC_SCHEMA_VERSION = 'schemaVersion';

/** The collections that hold entities, each a Y.Map from id to entity Y.Map. */
export type CollectionKey =
  | typeof CHAPTERS
  | typeof FIELDS_OF_ACTION
  | typeof GOALS
  | typeof MEASURES
  | typeof ACTORS
  | typeof PHENOMENA
  | typeof WORKSHOPS
  | typeof PROPOSALS
  | typeof VERSIONS;
