import { describe, expect, it } from 'vitest';
import { collectGarbage } from './collectGarbage.ts';

function unreferenced(): WeakRef<object> {
  return new WeakRef(Array.from({ length: 200_000 }, (_, i) => ({ i, text: `Zeile ${i}` })));
}

describe('collectGarbage', () => {
  it('frees what nothing refers to any more, without the process being started with --expose-gc', async () => {
    const ref = unreferenced();
    // A WeakRef keeps its target for the rest of the task that made (or dereferenced) it.
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(collectGarbage()).toBe(true);
    expect(ref.deref()).toBeUndefined();
  });
});
