import { describe, expect, it } from 'vitest';
import { resolveSyncOptions } from './resolveSyncOptions.ts';

describe('resolveSyncOptions', () => {
  it('refuses an option that is not a whole number, by name', () => {
    expect(() => resolveSyncOptions({ maxConnectionsPerLink: Number.NaN })).toThrow(
      /sync\.maxConnectionsPerLink/,
    );
    expect(() => resolveSyncOptions({ ratePerSecond: -1 })).toThrow(/sync\.ratePerSecond/);
    expect(resolveSyncOptions({ unloadDelayMs: 0 }).unloadDelayMs).toBe(0);
  });
});
