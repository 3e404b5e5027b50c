import { defaultSyncOptions, type SyncOptions } from './SyncOptions.ts';

/** The defaults with `overrides` applied; throws naming the first option that is not a whole number ≥ 0. */
export function resolveSyncOptions(overrides: Partial<SyncOptions> = {}): SyncOptions {
  const options = { ...defaultSyncOptions, ...overrides };
  for (const [name, value] of Object.entries(options)) {
    if (!Number.isSafeInteger(value) || value < 0)
      throw new Error(`sync.${name} must be a whole number of at least 0, not ${value}`);
  }
  return options;
}
