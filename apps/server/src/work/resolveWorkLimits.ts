import { defaultWorkLimits, type WorkLimits } from './WorkLimits.ts';

/** The defaults with `overrides` applied; throws naming the first limit that is not a whole number ≥ 1. */
export function resolveWorkLimits(overrides: Partial<WorkLimits> = {}): WorkLimits {
  const limits = { ...defaultWorkLimits, ...overrides };
  for (const [name, value] of Object.entries(limits)) {
    if (!Number.isSafeInteger(value) || value < 1)
      throw new Error(`work.${name} must be a whole number of at least 1, not ${value}`);
  }
  return limits;
}
