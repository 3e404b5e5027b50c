import { useSyncExternalStore } from 'react';
import type { RecentConcept } from './RecentConcept.ts';
import { listRecentConcepts, subscribeRecentConcepts } from './recentConcepts.ts';

/** Concepts opened on this device, most recent first; re-renders when the list changes. */
export function useRecentConcepts(): RecentConcept[] {
  return useSyncExternalStore(subscribeRecentConcepts, listRecentConcepts);
}
