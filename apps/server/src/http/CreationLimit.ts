/** How many concepts one client (IP address) may create or import per window; both routes share the count. */
export interface CreationLimit {
  max: number;
  windowMs: number;
}

/** 20 per 10 minutes: far above what a steering group ever starts, low enough that no script fills the disk. */
export const defaultCreationLimit: CreationLimit = { max: 20, windowMs: 10 * 60 * 1000 };

/** The default with `overrides` applied; throws unless both are whole numbers of at least 1. */
export function resolveCreationLimit(overrides: Partial<CreationLimit> = {}): CreationLimit {
  const limit = { ...defaultCreationLimit, ...overrides };
  for (const [name, value] of Object.entries(limit)) {
    if (!Number.isSafeInteger(value) || value < 1)
      throw new Error(`creationLimit.${name} must be a whole number of at least 1, not ${value}`);
  }
  return limit;
}
