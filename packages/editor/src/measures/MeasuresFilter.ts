import type { MeasureStatus } from '@werkbank/concept';

/** Filters of the measures table; an absent field does not filter. */
export interface MeasuresFilter {
  /** Matches code and title, case-insensitive. */
  text?: string;
  /** A field of action, primary or secondary. */
  fieldId?: string;
  /** A goal served, directly or by a sub-goal. */
  goalId?: string;
  status?: MeasureStatus;
  lead?: string;
  keyOnly?: boolean;
}
