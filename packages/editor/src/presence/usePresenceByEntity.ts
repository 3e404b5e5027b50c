import { useMemo } from 'react';
import type { Awareness } from 'y-protocols/awareness';
import type { PresenceLocation } from './PresenceLocation.ts';
import type { PresenceUser } from './PresenceUser.ts';
import { usePresence } from './usePresence.ts';

/** Other users grouped by the id of the entity of `kind` they are at: one subscription for a whole list. */
export function usePresenceByEntity(
  awareness: Awareness | null | undefined,
  kind: PresenceLocation['kind'],
): ReadonlyMap<string, PresenceUser[]> {
  const users = usePresence(awareness);
  return useMemo(() => {
    const byId = new Map<string, PresenceUser[]>();
    for (const user of users) {
      const id = user.location?.kind === kind ? user.location.id : undefined;
      if (id) byId.set(id, [...(byId.get(id) ?? []), user]);
    }
    return byId;
  }, [users, kind]);
}
