const KEY = 'werkbank.device';
let fallback: string | undefined;

/**
 * A random id of this browser, made once and kept in its storage: the edit log tells one's own edits from the
 * others' by it. It names a device, not a person, and says nothing about either.
 */
export function deviceId(storage: Storage = localStorage): string {
  try {
    const known = storage.getItem(KEY);
    if (known) return known;
    const id = crypto.randomUUID();
    storage.setItem(KEY, id);
    return id;
  } catch {
    // Without storage (private mode with storage blocked) the id lasts as long as the page.
    fallback ??= crypto.randomUUID();
    return fallback;
  }
}
