import { z } from 'zod/mini';
import { lazySchema } from './lazySchema.ts';
import { richTextSchema } from './richTextSchema.ts';

/** Current version of the Concept JSON format; bumped on every incompatible change. */
export const CONCEPT_SCHEMA_VERSION = 1;

const id = z.string().check(z.minLength(1), z.maxLength(64));
const shortText = z.string().check(z.maxLength(500));
const longText = z.string().check(z.maxLength(20_000));
/** ISO date `YYYY-MM-DD` or empty. */
const isoDate = z.union([
  z.literal(''),
  z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/, 'Datum im Format JJJJ-MM-TT erwartet')),
]);

export const territoryTypeSchema = z.enum(['kreis', 'kreisfreie-stadt', 'gemeinde', 'institution']);
export const chapterStatusSchema = z.enum(['empty', 'draft', 'review', 'final']);
/** What a chapter holds: its own text, or the introduction to one of the structured parts placed beneath it. */
export const chapterKindSchema = z.enum([
  'text',
  'vision',
  'goals',
  'fieldsOfAction',
  'measures',
  'actors',
  'participation',
]);
export const measureStatusSchema = z.enum([
  'idea',
  'proposed',
  'prioritised',
  'adopted',
  'in-progress',
  'done',
  'postponed',
  'discontinued',
]);
export const prioritySchema = z.enum(['high', 'medium', 'low']);
export const conceptStatusSchema = z.enum(['draft', 'consultation', 'adopted', 'revision']);
export const actorTypeSchema = z.enum([
  'administration',
  'politics',
  'civil-society',
  'migrant-organisation',
  'jewish-community',
  'counselling',
  'police',
  'school',
  'youth-work',
  'sport',
  'culture',
  'business',
  'religious-community',
  'other',
]);
export const workshopPhaseSchema = z.enum(['collect', 'vote', 'closed']);
/** `pending`: waits for a moderator's release (workshops with `release: 'moderated'`). */
export const moderationSchema = z.enum(['pending', 'visible', 'hidden']);
export const releaseSchema = z.enum(['immediate', 'moderated']);
/** What became of a proposal: promoted to a new measure, flowed into an existing one, deferred or rejected. */
export const proposalOutcomeSchema = z.enum(['promoted', 'incorporated', 'deferred', 'rejected']);
/** A pseudonymous participant id as browsers choose it (random, base64url). */
export const participantIdSchema = z.string().check(
  z.regex(/^[A-Za-z0-9_-]{8,64}$/, 'Teilnahme-ID ungültig'),
  // Names that plain objects treat specially would be dropped from vote records on reading.
  z.refine((value) => !['__proto__', 'constructor', 'prototype'].includes(value), 'Teilnahme-ID ungültig'),
);

export const indicatorSchema = lazySchema(() =>
  z.object({
    id,
    name: shortText,
    unit: shortText,
    baseline: shortText,
    target: shortText,
    source: shortText,
  }),
);

/** Where the money of a cost line comes from (NRWeltoffen reporting); `null`: not yet assigned. */
export const fundingSourceSchema = z.enum(['landesmittel', 'eigenanteil', 'drittmittel', 'sonstige']);
/** First and last year a cost line may name. */
export const COST_YEAR_RANGE = [2000, 2100] as const;
/** Most euros one cost line may hold. */
export const MAX_COST_AMOUNT = 1e12;
/** Most cost lines of one measure. */
export const MAX_COST_LINES = 100;

/** One cost line of a measure: an amount in euros (whole cents), for a year or none, from a funding source or none. */
export const costLineSchema = lazySchema(() =>
  z.object({
    id,
    year: z.nullable(z.number().check(z.int(), z.gte(COST_YEAR_RANGE[0]), z.lte(COST_YEAR_RANGE[1]))),
    amount: z.number().check(
      z.gte(0),
      z.lte(MAX_COST_AMOUNT),
      z.refine(
        (value) => Math.round(value * 100) / 100 === value,
        'Betrag mit höchstens zwei Nachkommastellen erwartet',
      ),
    ),
    source: z.nullable(fundingSourceSchema),
  }),
);

export const smartSchema = lazySchema(() =>
  z.object({
    specific: z.boolean(),
    measurable: z.boolean(),
    achievable: z.boolean(),
    relevant: z.boolean(),
    timeBound: z.boolean(),
  }),
);

/** A goal level's name, singular and plural ("Leitziel" / "Leitziele"). */
export const goalLevelNameSchema = lazySchema(() =>
  z.object({
    singular: z.string().check(z.trim(), z.minLength(1), z.maxLength(60)),
    plural: z.string().check(z.trim(), z.minLength(1), z.maxLength(60)),
  }),
);

/** A concept's goal levels, top level first: one to six. */
export const goalLevelsSchema = lazySchema(() =>
  z.array(goalLevelNameSchema).check(z.minLength(1), z.maxLength(6)),
);

export const metaSchema = lazySchema(() =>
  z.object({
    title: shortText,
    territory: shortText,
    territoryType: territoryTypeSchema,
    programme: shortText,
    fundingPeriod: shortText,
    phase: shortText,
    status: conceptStatusSchema,
    templateId: shortText,
    titlePageText: longText,
  }),
);

export const chapterSchema = lazySchema(() =>
  z.object({
    id,
    key: shortText,
    title: shortText,
    /** Absent in Concept JSON written before chapters had kinds: read from the key (`chapterKindOfKey`). */
    kind: z.optional(chapterKindSchema),
    status: chapterStatusSchema,
    guidingQuestions: z.array(shortText).check(z.maxLength(100)),
    body: richTextSchema,
  }),
);

export const fieldOfActionSchema = lazySchema(() =>
  z.object({ id, title: shortText, description: longText }),
);

export const goalSchema = lazySchema(() =>
  z.object({
    id,
    parentId: z.nullable(id),
    title: shortText,
    description: richTextSchema,
    fieldIds: z.array(id).check(z.maxLength(200)),
    smart: smartSchema,
    indicators: z.array(indicatorSchema).check(z.maxLength(100)),
    targetDate: isoDate,
    isFocus: z.boolean(),
    focusPeriod: shortText,
  }),
);

const costLines = lazySchema(() => z.array(costLineSchema).check(z.maxLength(MAX_COST_LINES)));

/** A measure's fields without defaults: the verbs' partial input schema is built from it. */
export const measureFieldsSchema = lazySchema(() =>
  z.object({
    id,
    code: z.string().check(z.minLength(1), z.maxLength(32)),
    title: shortText,
    primaryFieldId: z.nullable(id),
    secondaryFieldIds: z.array(id).check(z.maxLength(200)),
    goalIds: z.array(id).check(z.maxLength(500)),
    phenomenonIds: z.array(id).check(z.maxLength(200)),
    targetGroups: z.array(shortText).check(z.maxLength(100)),
    description: richTextSchema,
    lead: shortText,
    partners: z.array(shortText).check(z.maxLength(200)),
    periodStart: isoDate,
    periodEnd: isoDate,
    recurrence: shortText,
    costLines,
    funding: shortText,
    indicators: z.array(indicatorSchema).check(z.maxLength(100)),
    priority: z.nullable(prioritySchema),
    isKeyMeasure: z.boolean(),
    status: measureStatusSchema,
    originWorkshopId: z.nullable(id),
    originProposalId: z.nullable(id),
  }),
);

// Cost lines came with the budget (2026-12), replacing the single `costs` figure: optional, so older backups
// import (`parseConceptJSON` turns an old `costs` figure into one line first).
export const measureSchema = lazySchema(() =>
  z.object({ ...measureFieldsSchema.shape, costLines: z._default(costLines, []) }),
);

export const actorSchema = lazySchema(() =>
  z.object({ id, name: shortText, type: actorTypeSchema, notes: longText }),
);

export const phenomenonSchema = lazySchema(() => z.object({ id, title: shortText, description: longText }));

// Fields added with workshops' live participation (2026-12): optional in Concept JSON, so backups made before
// still import; readers of the Y.Doc give the same defaults for entities stored before.
const proposalAdditions = () => ({
  participantId: z.union([z.literal(''), participantIdSchema]),
  submissionId: z.string().check(z.maxLength(64)),
  targetGroup: shortText,
  mergedInto: z.nullable(id),
  outcome: z.nullable(proposalOutcomeSchema),
  outcomeReason: shortText,
});

/** A proposal's fields without defaults: the verbs' partial input schemas are built from it. */
export const proposalFieldsSchema = lazySchema(() =>
  z.object({
    id,
    text: z.string().check(z.minLength(1), z.maxLength(2_000)),
    fieldId: z.nullable(id),
    author: shortText,
    createdAt: z.string().check(z.maxLength(40)),
    moderation: moderationSchema,
    votes: z.record(id, z.number().check(z.int(), z.gte(0), z.lte(100))),
    measureId: z.nullable(id),
    ...proposalAdditions(),
  }),
);

export const proposalSchema = lazySchema(() =>
  z.object({
    ...proposalFieldsSchema.shape,
    participantId: z._default(proposalAdditions().participantId, ''),
    submissionId: z._default(proposalAdditions().submissionId, ''),
    targetGroup: z._default(shortText, ''),
    mergedInto: z._default(z.nullable(id), null),
    outcome: z._default(z.nullable(proposalOutcomeSchema), null),
    outcomeReason: z._default(shortText, ''),
  }),
);

const workshopAdditions = () => ({
  place: shortText,
  online: z.boolean(),
  stackDots: z.boolean(),
  release: releaseSchema,
});

/** A workshop's fields without defaults and without proposals: the verbs' input schemas are built from it. */
export const workshopFieldsSchema = lazySchema(() =>
  z.object({
    id,
    title: shortText,
    date: isoDate,
    format: shortText,
    fieldIds: z.array(id).check(z.maxLength(200)),
    guidingQuestions: z.array(shortText).check(z.maxLength(100)),
    phase: workshopPhaseSchema,
    dotsPerParticipant: z.number().check(z.int(), z.gte(1), z.lte(50)),
    ...workshopAdditions(),
  }),
);

export const workshopSchema = lazySchema(() =>
  z.object({
    ...workshopFieldsSchema.shape,
    place: z._default(shortText, ''),
    online: z._default(z.boolean(), false),
    stackDots: z._default(z.boolean(), true),
    release: z._default(releaseSchema, 'immediate'),
    proposals: z.array(proposalSchema).check(z.maxLength(5_000)),
  }),
);

export const resolutionSchema = lazySchema(() =>
  z.object({ body: shortText, date: isoDate, drucksache: shortText }),
);

/**
 * The revision (Fortschreibung) someone began by editing after an adoption: under way while the version it follows
 * is still the adopted one.
 */
export const revisionSchema = lazySchema(() =>
  z.object({
    name: z.string().check(z.trim(), z.minLength(1), z.maxLength(200)),
    startedAt: z.string().check(z.maxLength(40)),
    afterVersionId: id,
  }),
);

export const versionSchema = lazySchema(() =>
  z.object({
    id,
    name: shortText,
    createdAt: z.string().check(z.maxLength(40)),
    adopted: z.boolean(),
    resolution: z.nullable(resolutionSchema),
  }),
);

/** Canonical, documented interchange format of one concept (backup, import, API, export input). */
export const conceptJsonSchema = lazySchema(() =>
  z.object({
    schemaVersion: z.literal(CONCEPT_SCHEMA_VERSION),
    meta: metaSchema,
    vision: richTextSchema,
    chapters: z.array(chapterSchema).check(z.maxLength(200)),
    fieldsOfAction: z.array(fieldOfActionSchema).check(z.maxLength(200)),
    goals: z.array(goalSchema).check(z.maxLength(2_000)),
    measures: z.array(measureSchema).check(z.maxLength(5_000)),
    actors: z.array(actorSchema).check(z.maxLength(2_000)),
    phenomena: z.array(phenomenonSchema).check(z.maxLength(200)),
    workshops: z.array(workshopSchema).check(z.maxLength(500)),
    versions: z.array(versionSchema).check(z.maxLength(500)),
    checklist: z.record(z.string().check(z.maxLength(120)), z.boolean()),
    /** The revision begun after the last adoption (added 2026-12: optional, absent = none begun). */
    revision: z.optional(revisionSchema),
    /**
     * The names of the goal levels, top level first (added 2026-12: optional, so older backups import; absent
     * reads Leitziel / Mittlerziel / Handlungsziel). `toJSON` always writes them.
     */
    goalLevels: z.optional(goalLevelsSchema),
    /** Who ticked a done checklist item by hand, and when (added 2026-12: optional, so older backups import). */
    checklistTicks: z.optional(
      z.record(
        z.string().check(z.maxLength(120)),
        z.object({ by: shortText, at: z.string().check(z.maxLength(40)) }),
      ),
    ),
  }),
);

export type ConceptJSON = z.infer<typeof conceptJsonSchema>;
export type ConceptMeta = z.infer<typeof metaSchema>;
export type ChapterJSON = z.infer<typeof chapterSchema>;
export type FieldOfActionJSON = z.infer<typeof fieldOfActionSchema>;
export type GoalJSON = z.infer<typeof goalSchema>;
export type MeasureJSON = z.infer<typeof measureSchema>;
export type ActorJSON = z.infer<typeof actorSchema>;
export type PhenomenonJSON = z.infer<typeof phenomenonSchema>;
export type WorkshopJSON = z.infer<typeof workshopSchema>;
export type ProposalJSON = z.infer<typeof proposalSchema>;
export type VersionJSON = z.infer<typeof versionSchema>;
export type RevisionJSON = z.infer<typeof revisionSchema>;
export type IndicatorJSON = z.infer<typeof indicatorSchema>;
export type CostLineJSON = z.infer<typeof costLineSchema>;
export type FundingSource = z.infer<typeof fundingSourceSchema>;
export type SmartJSON = z.infer<typeof smartSchema>;
export type MeasureStatus = z.infer<typeof measureStatusSchema>;
export type ChapterStatus = z.infer<typeof chapterStatusSchema>;
export type ChapterKind = z.infer<typeof chapterKindSchema>;
export type TerritoryType = z.infer<typeof territoryTypeSchema>;
export type ActorType = z.infer<typeof actorTypeSchema>;
export type Priority = z.infer<typeof prioritySchema>;
export type WorkshopPhase = z.infer<typeof workshopPhaseSchema>;
export type Moderation = z.infer<typeof moderationSchema>;
export type WorkshopRelease = z.infer<typeof releaseSchema>;
export type ProposalOutcome = z.infer<typeof proposalOutcomeSchema>;
