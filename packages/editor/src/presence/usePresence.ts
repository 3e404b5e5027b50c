import { useMemo, useSyncExternalStore } from 'react';
import type { Awareness } from 'y-protocols/awareness';
import { replaceEqualDeep } from '../hooks/replaceEqualDeep.ts';
import type { PresenceUser } from './PresenceUser.ts';
import { readPresence } from './readPresence.ts';

const none: PresenceUser[] = [];

function presenceStore(awareness: Awareness | null | undefined) {
  let value: PresenceUser[] = none;
  let stale = true;
  return {
    subscribe(listener: () => void) {
      if (!awareness) return () => {};
      stale = true;
      const onChange = () => {
        stale = true;
        listener();
      };
      awareness.on('change', onChange);
      return () => awareness.off('change', onChange);
    },
    getSnapshot(): PresenceUser[] {
      if (!awareness) return none;
      if (stale) {
        value = replaceEqualDeep(value, readPresence(awareness));
        stale = false;
      }
      return value;
    },
  };
}

/**
 * Everyone connected, with name, color and `location`, live from awareness; `includeSelf` adds the local
 * user (marked `isSelf`). Without awareness (offline) the list is empty.
 */
export function usePresence(awareness: Awareness | null | undefined, includeSelf = false): PresenceUser[] {
  const store = useMemo(() => presenceStore(awareness), [awareness]);
  const all = useSyncExternalStore(store.subscribe, store.getSnapshot, store.getSnapshot);
  return useMemo(() => (includeSelf ? all : all.filter((u) => !u.isSelf)), [all, includeSelf]);
}
