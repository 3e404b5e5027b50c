import { readJson } from '../storage/readJson.ts';
import { writeJson } from '../storage/writeJson.ts';
import { randomId } from './randomId.ts';
import { workshopKey } from './workshopKey.ts';

/** This device's pseudonymous id in the workshop, made on first use and kept for the workshop only. */
export function participantId(conceptId: string, workshopId: string): string {
  const key = workshopKey(conceptId, workshopId, 'participant');
  const known = readJson<unknown>(key, null);
  if (typeof known === 'string' && /^[A-Za-z0-9_-]{22}$/.test(known)) return known;
  const id = randomId();
  writeJson(key, id);
  return id;
}
