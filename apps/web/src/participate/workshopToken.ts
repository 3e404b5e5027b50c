import { readJson } from '../storage/readJson.ts';
import { writeJson } from '../storage/writeJson.ts';
import { workshopKey } from './workshopKey.ts';

/**
 * The workshop link's token: taken from the address fragment (`#t=…`) on first open, kept on this device
 * for this workshop so a reload works, and removed from the address bar so it is not shared by accident.
 */
export function workshopToken(conceptId: string, workshopId: string): string | null {
  const key = workshopKey(conceptId, workshopId, 'token');
  const fragment = new URLSearchParams(window.location.hash.slice(1));
  const fromAddress = fragment.get('t') ?? fragment.get('token');
  if (fromAddress) {
    writeJson(key, fromAddress);
    window.history.replaceState(window.history.state, '', window.location.pathname + window.location.search);
    return fromAddress;
  }
  return readJson<string | null>(key, null);
}
