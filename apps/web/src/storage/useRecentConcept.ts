import { useSyncExternalStore } from 'react';
import type { RecentConcept } from './RecentConcept.ts';
import { getRecentConcept, subscribeRecentConcepts } from './recentConcepts.ts';

/** This device's entry for concept `id` (token, role, title), live. */
export function useRecentConcept(id: string): RecentConcept | undefined {
  return useSyncExternalStore(subscribeRecentConcepts, () => getRecentConcept(id));
}
