/** Wall-clock milliseconds with sub-millisecond resolution, comparable between the bench's processes. */
export function now(): number {
  return performance.timeOrigin + performance.now();
}
