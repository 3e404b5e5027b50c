import { percentile } from '../syncLatency/percentile.ts';
import type { Spread } from './Spread.ts';

/** The spread of ascending `sorted` delays. */
export function spreadOf(sorted: Float64Array): Spread {
  return {
    count: sorted.length,
    p50: percentile(sorted, 50),
    p95: percentile(sorted, 95),
    p99: percentile(sorted, 99),
    max: sorted[sorted.length - 1] ?? Number.NaN,
  };
}
