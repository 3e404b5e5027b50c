/**
 * Calls `task` once the browser is idle, at the latest after `timeoutMs`; where there are no idle callbacks, after
 * `fallbackMs`. Returns what cancels it.
 * @example useEffect(() => whenIdle(load, 3000, 1000), []);
 */
export function whenIdle(task: () => void, timeoutMs: number, fallbackMs: number): () => void {
  if (typeof requestIdleCallback === 'function') {
    const id = requestIdleCallback(() => task(), { timeout: timeoutMs });
    return () => cancelIdleCallback(id);
  }
  const timer = setTimeout(task, fallbackMs);
  return () => clearTimeout(timer);
}
