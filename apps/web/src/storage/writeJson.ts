/** Stores `value` under `key` in localStorage; a full or blocked storage is not worth a crash. */
export function writeJson(key: string, value: unknown): void {
  try {
    window.localStorage.setItem(key, JSON.stringify(value));
  } catch {
    // Private mode or quota: the app still works, it only forgets across reloads.
  }
}
