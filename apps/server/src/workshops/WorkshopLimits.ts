/** Limits and timings of the workshop interface; every field can be overridden in `createServer`. */
export interface WorkshopLimits {
  /** Longest proposal text, display name and target group, in characters (the verbs refuse longer too). */
  maxTextLength: number;
  maxDisplayNameLength: number;
  maxTargetGroupLength: number;
  /** Proposals one participant may add per minute (a burst of this many, then one every 60 s / n). */
  proposalsPerParticipantPerMinute: number;
  /** Proposals one workshop link may bring per minute, across all its participants. */
  proposalsPerLinkPerMinute: number;
  /** Edits and vote changes one participant may send per minute. */
  writesPerParticipantPerMinute: number;
  /** Distinct participant ids a workshop takes (from its proposals and votes, and from event streams). */
  maxParticipants: number;
  /** Largest JSON body of a workshop request, in bytes. */
  bodyLimit: number;
  /** Changes are sent to event streams at most this often (they coalesce meanwhile). */
  coalesceMs: number;
  /** A comment line this often keeps proxies from closing an idle event stream. */
  keepAliveMs: number;
}

export const defaultWorkshopLimits: WorkshopLimits = {
  maxTextLength: 1000,
  maxDisplayNameLength: 60,
  maxTargetGroupLength: 120,
  proposalsPerParticipantPerMinute: 6,
  proposalsPerLinkPerMinute: 600,
  writesPerParticipantPerMinute: 120,
  maxParticipants: 300,
  bodyLimit: 16 * 1024,
  coalesceMs: 25,
  keepAliveMs: 25_000,
};

/** The defaults with `overrides` applied; throws unless every value is a whole number of at least 1. */
export function resolveWorkshopLimits(overrides: Partial<WorkshopLimits> = {}): WorkshopLimits {
  const limits = { ...defaultWorkshopLimits, ...overrides };
  for (const [name, value] of Object.entries(limits)) {
    if (!Number.isSafeInteger(value) || value < 1)
      throw new Error(`workshops.${name} must be a whole number of at least 1, not ${value}`);
  }
  return limits;
}
