/** Every kind of finding, in the order the findings page lists them. */
export const FINDING_CODES = [
  'chapter-empty',
  'vision-empty',
  'no-actors',
  'field-without-goal',
  'goal-without-measure',
  'measure-without-goal',
  'measure-without-lead',
  'measure-without-period',
  'measure-without-indicator',
  'measure-missing-field',
  'duplicate-code',
  'goal-phrased-as-activity',
  'proposals-unanswered',
  'resolution-before-version',
] as const;

/** A kind of finding. */
export type FindingCode = (typeof FINDING_CODES)[number];

/** How much a finding weighs: something required is missing, something looks wrong, or a person should judge. */
export type FindingSeverity = 'gap' | 'warning' | 'review';

/** The place a finding leads to (`vision` and `actors` are places without an id). */
export type FindingEntity =
  | 'chapter'
  | 'vision'
  | 'actors'
  | 'fieldOfAction'
  | 'goal'
  | 'measure'
  | 'workshop'
  | 'version';

/** The severity of each kind of finding. */
export const FINDING_SEVERITY: Readonly<Record<FindingCode, FindingSeverity>> = {
  'chapter-empty': 'gap',
  'vision-empty': 'gap',
  'no-actors': 'gap',
  'field-without-goal': 'gap',
  'goal-without-measure': 'gap',
  'measure-without-goal': 'gap',
  'measure-without-lead': 'gap',
  'measure-without-period': 'gap',
  'measure-without-indicator': 'gap',
  'measure-missing-field': 'gap',
  'duplicate-code': 'warning',
  'goal-phrased-as-activity': 'review',
  'proposals-unanswered': 'warning',
  'resolution-before-version': 'warning',
};

/** One thing the product noticed that the steering group should look at. */
export interface Finding {
  code: FindingCode;
  severity: FindingSeverity;
  entity: FindingEntity;
  /** The entity's id; empty for `vision` and `actors`. */
  id: string;
  /** German message for logs and the API (the UI builds its own from the other fields). */
  message: string;
  /** The measure field a `measure-missing-field` is about. */
  field?: string;
  /** How many things it counts (unanswered proposals of a workshop). */
  count?: number;
  /** The words that made a goal read like an activity. */
  cue?: string;
  /** The name of the goal's level (`goal-without-measure`), as the concept names it. */
  level?: string;
}
