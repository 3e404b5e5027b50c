import {
  actorTypeSchema,
  chapterKindSchema,
  chapterStatusSchema,
  MAX_COST_LINES,
  measureStatusSchema,
  moderationSchema,
  prioritySchema,
  proposalOutcomeSchema,
  releaseSchema,
  workshopPhaseSchema,
} from '../json/conceptJsonSchema.ts';
import { type FieldRule, fieldRules as is } from './fieldRules.ts';
import {
  ACTORS,
  CHAPTERS,
  type CollectionKey,
  FIELDS_OF_ACTION,
  GOALS,
  MEASURES,
  PHENOMENA,
  PROPOSALS,
  VERSIONS,
  WORKSHOPS,
} from './keys.ts';

export type Scalar = string | number | boolean | null;

/**
 * How one entity kind is laid out in its Y.Map. Each kind of field has the Yjs type that merges it best:
 * scalars are last-writer-wins; `sets` (references) are Y.Maps of id→true so concurrent links both survive;
 * `lists` (short lists of names) are Y.Arrays of strings, written by a minimal diff so concurrent additions and
 * removals both survive;
 * `records` are nested Y.Maps of flags or counters; `indicators` a Y.Array of Y.Maps; rich text a Y.XmlFragment.
 */
export interface EntitySpec {
  collection: CollectionKey;
  scalars: Record<string, Scalar>;
  /**
   * How readers fit each scalar's stored value to Concept JSON (what a raw client wrote may not fit); every
   * scalar that is not in `refs` has one.
   */
  rules: Record<string, FieldRule>;
  /** Most items Concept JSON takes in a set, list or indicator list (readers keep the first ones). */
  limits?: Record<string, number>;
  /** Scalar fields that reference another collection (dangling ones read as null). */
  refs?: Record<string, CollectionKey>;
  sets?: Record<string, CollectionKey>;
  lists?: readonly string[];
  records?: Record<string, readonly string[] | 'any'>;
  indicators?: readonly string[];
  /** Cost lines: a Y.Map of line id → line Y.Map with an order key, so lines edited at once all merge. */
  costLines?: readonly string[];
  richText?: readonly string[];
  /**
   * Scalar text fields (in `scalars` and `rules`) stored as a Y.Text, so two people typing into the same field
   * at once both keep their characters. Older documents hold plain strings there, which still read.
   */
  texts?: readonly string[];
}

// The limits of conceptJsonSchema.ts; the raw-edits property test holds the two together.
const SHORT = 500;
const LONG = 20_000;
const short = is.text(SHORT);
const long = is.text(LONG);
const date = is.date();
const flag = is.boolean();

export const SMART_FLAGS = ['specific', 'measurable', 'achievable', 'relevant', 'timeBound'] as const;
export const INDICATOR_FIELDS = ['name', 'unit', 'baseline', 'target', 'source'] as const;

export const chapterSpec: EntitySpec = {
  collection: CHAPTERS,
  // Chapters stored before kinds have none: readChapters reads it from the key then.
  scalars: { key: '', title: '', kind: 'text', status: 'empty' },
  rules: {
    key: short,
    title: short,
    kind: is.oneOf(chapterKindSchema.options),
    status: is.oneOf(chapterStatusSchema.options),
  },
  limits: { guidingQuestions: 100 },
  lists: ['guidingQuestions'],
  richText: ['body'],
  texts: ['title'],
};

export const fieldOfActionSpec: EntitySpec = {
  collection: FIELDS_OF_ACTION,
  scalars: { title: '', description: '' },
  rules: { title: short, description: long },
  texts: ['title', 'description'],
};

export const goalSpec: EntitySpec = {
  collection: GOALS,
  scalars: { parentId: null, title: '', targetDate: '', isFocus: false, focusPeriod: '' },
  rules: { title: short, targetDate: date, isFocus: flag, focusPeriod: short },
  limits: { fieldIds: 200, indicators: 100 },
  refs: { parentId: GOALS },
  sets: { fieldIds: FIELDS_OF_ACTION },
  records: { smart: SMART_FLAGS },
  indicators: ['indicators'],
  richText: ['description'],
  texts: ['title', 'focusPeriod'],
};

export const measureSpec: EntitySpec = {
  collection: MEASURES,
  scalars: {
    code: '',
    title: '',
    primaryFieldId: null,
    lead: '',
    periodStart: '',
    periodEnd: '',
    recurrence: '',
    funding: '',
    priority: null,
    isKeyMeasure: false,
    status: 'idea',
    originWorkshopId: null,
    originProposalId: null,
  },
  rules: {
    code: is.text(32, 'M-?'),
    title: short,
    lead: short,
    periodStart: date,
    periodEnd: date,
    recurrence: short,
    funding: short,
    priority: is.nullOrOneOf(prioritySchema.options),
    isKeyMeasure: flag,
    status: is.oneOf(measureStatusSchema.options),
  },
  limits: {
    secondaryFieldIds: 200,
    goalIds: 500,
    phenomenonIds: 200,
    targetGroups: 100,
    partners: 200,
    indicators: 100,
    costLines: MAX_COST_LINES,
  },
  refs: { primaryFieldId: FIELDS_OF_ACTION, originWorkshopId: WORKSHOPS, originProposalId: PROPOSALS },
  sets: { secondaryFieldIds: FIELDS_OF_ACTION, goalIds: GOALS, phenomenonIds: PHENOMENA },
  lists: ['targetGroups', 'partners'],
  indicators: ['indicators'],
  costLines: ['costLines'],
  richText: ['description'],
  texts: ['code', 'title', 'lead', 'recurrence', 'funding'],
};

export const actorSpec: EntitySpec = {
  collection: ACTORS,
  scalars: { name: '', type: 'other', notes: '' },
  rules: { name: short, type: is.oneOf(actorTypeSchema.options), notes: long },
  texts: ['name', 'notes'],
};

export const phenomenonSpec: EntitySpec = {
  collection: PHENOMENA,
  scalars: { title: '', description: '' },
  rules: { title: short, description: long },
  texts: ['title', 'description'],
};

export const workshopSpec: EntitySpec = {
  collection: WORKSHOPS,
  scalars: {
    title: '',
    date: '',
    format: '',
    place: '',
    online: false,
    phase: 'collect',
    dotsPerParticipant: 5,
    stackDots: true,
    release: 'immediate',
  },
  rules: {
    title: short,
    date,
    format: short,
    place: short,
    online: flag,
    phase: is.oneOf(workshopPhaseSchema.options),
    dotsPerParticipant: is.int(1, 50),
    stackDots: flag,
    release: is.oneOf(releaseSchema.options),
  },
  limits: { fieldIds: 200, guidingQuestions: 100 },
  sets: { fieldIds: FIELDS_OF_ACTION },
  lists: ['guidingQuestions'],
};

export const proposalSpec: EntitySpec = {
  collection: PROPOSALS,
  scalars: {
    workshopId: '',
    text: '',
    fieldId: null,
    author: '',
    createdAt: '',
    moderation: 'visible',
    measureId: null,
    participantId: '',
    submissionId: '',
    targetGroup: '',
    mergedInto: null,
    outcome: null,
    outcomeReason: '',
  },
  rules: {
    workshopId: is.text(64),
    text: is.text(2_000, '…'),
    author: short,
    createdAt: is.text(40),
    moderation: is.oneOf(moderationSchema.options),
    participantId: is.emptyOr(/^[A-Za-z0-9_-]{8,64}$/),
    submissionId: is.text(64),
    targetGroup: short,
    outcome: is.nullOrOneOf(proposalOutcomeSchema.options),
    outcomeReason: short,
  },
  refs: { fieldId: FIELDS_OF_ACTION, measureId: MEASURES, mergedInto: PROPOSALS },
  records: { votes: 'any' },
};

export const versionSpec: EntitySpec = {
  collection: VERSIONS,
  scalars: { name: '', createdAt: '', resolution: null },
  rules: {
    name: short,
    createdAt: is.text(40),
    resolution: is.nullOrObject(
      { body: short, date, drucksache: short },
      { body: '', date: '', drucksache: '' },
    ),
  },
};
