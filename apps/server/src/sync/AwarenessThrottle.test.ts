import { describe, expect, it } from 'vitest';
import { waitFor } from '../../test/waitFor.ts';
import { AwarenessThrottle } from './AwarenessThrottle.ts';
import type { AwarenessEntry } from './decodeAwarenessUpdate.ts';

function entry(clientId: number, clock: number): AwarenessEntry {
  return { clientId, clock, state: { clock }, bytes: 11 };
}

describe('AwarenessThrottle', () => {
  it('applies a burst at once, then only the newest state of each id once the rate allows', async () => {
    const applied: AwarenessEntry[][] = [];
    const throttle = new AwarenessThrottle(2, 20, (entries) => applied.push(entries));
    for (let clock = 1; clock <= 10; clock++) throttle.offer([entry(7, clock)]);
    throttle.offer([entry(8, 1)]);
    expect(applied.map((entries) => entries.map((e) => e.clock))).toEqual([[1], [2]]);
    await waitFor(() => applied.length === 3, 'the waiting states are applied');
    expect(applied[2]).toEqual([entry(7, 10), entry(8, 1)]);
    throttle.stop();
  });

  it('applies nothing more after stop', async () => {
    const applied: AwarenessEntry[][] = [];
    const throttle = new AwarenessThrottle(1, 20, (entries) => applied.push(entries));
    throttle.offer([entry(1, 1)]);
    throttle.offer([entry(1, 2)]);
    throttle.stop();
    await new Promise((resolve) => setTimeout(resolve, 150));
    expect(applied).toEqual([[entry(1, 1)]]);
  });
});
