import { describe, expect, it } from 'vitest';
import { RateLimit } from './RateLimit.ts';

describe('RateLimit', () => {
  it('grants a burst of perMinute per key, then one every 60 s / perMinute', () => {
    const limit = new RateLimit(6, 0);
    for (let i = 0; i < 6; i += 1) expect(limit.take('a', 0)).toBe(0);
    expect(limit.take('a', 0)).toBe(10_000);
    expect(limit.take('b', 0)).toBe(0);
    expect(limit.take('a', 9_000)).toBe(1_000);
    expect(limit.take('a', 10_000)).toBe(0);
  });

  it('gives a refunded token back, never beyond the burst', () => {
    const limit = new RateLimit(2, 0);
    expect(limit.take('a', 0)).toBe(0);
    expect(limit.take('a', 0)).toBe(0);
    limit.refund('a');
    limit.refund('a');
    limit.refund('a');
    expect(limit.take('a', 0)).toBe(0);
    expect(limit.take('a', 0)).toBe(0);
    expect(limit.take('a', 0)).toBeGreaterThan(0);
  });

  it('forgets keys whose bucket is full again', () => {
    const limit = new RateLimit(1, 0);
    expect(limit.take('a', 0)).toBe(0);
    expect(limit.take('a', 30_000)).toBeGreaterThan(0);
    // A minute later the bucket is full: pruned, and a fresh one grants again.
    expect(limit.take('b', 120_000)).toBe(0);
    expect(limit.take('a', 120_000)).toBe(0);
  });
});
