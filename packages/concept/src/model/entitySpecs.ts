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
  /** Scalar fields that reference another collection (dangling ones read as null). */
  refs?: Record<string, CollectionKey>;
  sets?: Record<string, CollectionKey>;
  lists?: readonly string[];
  records?: Record<string, readonly string[] | 'any'>;
  indicators?: readonly string[];
  richText?: readonly string[];
}

export const SMART_FLAGS = ['specific', 'measurable', 'achievable', 'relevant', 'timeBound'] as const;
export const INDICATOR_FIELDS = ['name', 'unit', 'baseline', 'target', 'source'] as const;

export const chapterSpec: EntitySpec = {
  collection: CHAPTERS,
  scalars: { key: '', title: '', status: 'empty' },
  lists: ['guidingQuestions'],
  richText: ['body'],
};

export const fieldOfActionSpec: EntitySpec = {
  collection: FIELDS_OF_ACTION,
  scalars: { title: '', description: '' },
};

export const goalSpec: EntitySpec = {
  collection: GOALS,
  scalars: { parentId: null, title: '', targetDate: '', isFocus: false, focusPeriod: '' },
  refs: { parentId: GOALS },
  sets: { fieldIds: FIELDS_OF_ACTION },
  records: { smart: SMART_FLAGS },
  indicators: ['indicators'],
  richText: ['description'],
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
    costs: null,
    funding: '',
    priority: null,
    isKeyMeasure: false,
    status: 'idea',
    originWorkshopId: null,
    originProposalId: null,
  },
  refs: { primaryFieldId: FIELDS_OF_ACTION, originWorkshopId: WORKSHOPS, originProposalId: PROPOSALS },
  sets: { secondaryFieldIds: FIELDS_OF_ACTION, goalIds: GOALS, phenomenonIds: PHENOMENA },
  lists: ['targetGroups', 'partners'],
  indicators: ['indicators'],
  richText: ['description'],
};

export const actorSpec: EntitySpec = {
  collection: ACTORS,
  scalars: { name: '', type: 'other', notes: '' },
};

export const phenomenonSpec: EntitySpec = {
  collection: PHENOMENA,
  scalars: { title: '', description: '' },
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
  refs: { fieldId: FIELDS_OF_ACTION, measureId: MEASURES, mergedInto: PROPOSALS },
  records: { votes: 'any' },
};

export const versionSpec: EntitySpec = {
  collection: VERSIONS,
  scalars: { name: '', createdAt: '', resolution: null },
};
