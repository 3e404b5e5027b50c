import { type PresenceUser, usePresence } from '@werkbank/editor';
import { useMemo } from 'react';
import type { Awareness } from 'y-protocols/awareness';

/** The other people, grouped by where they are (`kind:id`, and `kind:` for the part as a whole). */
export function usePresenceByLocation(awareness: Awareness): Map<string, PresenceUser[]> {
  const others = usePresence(awareness);
  return useMemo(() => {
    const byLocation = new Map<string, PresenceUser[]>();
    for (const user of others) {
      if (!user.location) continue;
      const key = `${user.location.kind}:${user.location.id ?? ''}`;
      byLocation.set(key, [...(byLocation.get(key) ?? []), user]);
    }
    return byLocation;
  }, [others]);
}
