/** Budgets of the worker threads that run imports and Word exports. */
export interface WorkLimits {
  /** Threads at most; each may take `memoryMb`. */
  threads: number;
  /** Old-generation heap of one thread (`resourceLimits`); a task beyond it fails, the server goes on. */
  memoryMb: number;
  /**
   * Young generation of one thread (`resourceLimits.maxYoungGenerationSizeMb`). V8's default for this heap size
   * (48 MB) lets a Word export's short-lived objects pile up between collections: 8 MB takes the server's peak
   * while exporting the 300-measure concept five times from ≈ 340 to ≈ 290 MiB at the same CPU time (BENCHMARKS.md).
   */
  youngMemoryMb: number;
  /** An import that takes longer (queue wait included) is stopped and refused. */
  importTimeoutMs: number;
  /** A Word export that takes longer (queue wait included) is stopped. */
  exportTimeoutMs: number;
  /** Tasks waiting for a thread; more are answered with 503. */
  maxQueue: number;
}

export const defaultWorkLimits: WorkLimits = {
  threads: 1,
  memoryMb: 512,
  youngMemoryMb: 8,
  importTimeoutMs: 30_000,
  exportTimeoutMs: 60_000,
  maxQueue: 12,
};
