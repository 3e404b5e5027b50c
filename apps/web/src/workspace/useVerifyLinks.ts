import { useEffect } from 'react';
import { checkLink } from '../links/checkLink.ts';
import type { RecentConcept } from '../storage/RecentConcept.ts';

/**
 * Checks, alongside the link in use, the links of the concept the server has not confirmed yet (one just
 * opened while a stronger one is in use), so their role is known and a stronger one is used at once.
 */
export function useVerifyLinks(conceptId: string, entry: RecentConcept | undefined): void {
  const pending = (entry?.links ?? [])
    .filter((l) => !l.confirmed && !l.refused && l.token !== entry?.token)
    .map((l) => l.token)
    .join(' ');

  useEffect(() => {
    if (!pending) return;
    const abort = new AbortController();
    for (const token of pending.split(' ')) {
      // Offline, the link stays unchecked and is checked on the next open.
      checkLink(conceptId, token, abort.signal).catch(() => {});
    }
    return () => abort.abort();
  }, [conceptId, pending]);
}
