const PREFIX = 'werkbank.guide.';

/** Whether this person left the guiding questions under `key` open (`undefined`: never chose, or no storage). */
export function readGuideOpen(key: string | undefined): boolean | undefined {
  if (!key) return undefined;
  try {
    const value = window.localStorage.getItem(PREFIX + key);
    return value === 'open' ? true : value === 'closed' ? false : undefined;
  } catch {
    return undefined;
  }
}

/** Remembers this person's choice; a browser that refuses storage (private mode, quota) just forgets it. */
export function writeGuideOpen(key: string | undefined, open: boolean): void {
  if (!key) return;
  try {
    window.localStorage.setItem(PREFIX + key, open ? 'open' : 'closed');
  } catch {}
}
