import { useState } from 'react';
import { readJson } from '../storage/readJson.ts';
import { writeJson } from '../storage/writeJson.ts';
import { workshopKey } from './workshopKey.ts';

/** The optional display name for this workshop, remembered on this device once given. */
export function useDisplayName(conceptId: string, workshopId: string): [string, (name: string) => void] {
  const key = workshopKey(conceptId, workshopId, 'displayName');
  const [name, setName] = useState(() => readJson<string>(key, ''));
  return [
    name,
    (next: string) => {
      setName(next);
      writeJson(key, next.trim());
    },
  ];
}
