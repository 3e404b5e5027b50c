import { useEffect, useState } from 'react';
import { ApiError } from '../api/ApiError.ts';
import { fetchSummary } from '../api/fetchSummary.ts';
import type { RecentConcept } from '../storage/RecentConcept.ts';
import { rememberConcept } from '../storage/recentConcepts.ts';

/** Whether this device may open a concept: `checking` until the server answered for a new token. */
export type Access = 'none' | 'checking' | 'granted' | 'refused' | 'unverifiable';

/**
 * Asks the server what the stored token may do (and refreshes title, role and "last opened"). A token
 * confirmed before opens at once, also offline; a new one waits for the server's answer.
 */
export function useConceptAccess(conceptId: string, entry: RecentConcept | undefined): Access {
  const token = entry?.token;
  const confirmed = entry?.confirmed !== false;
  const [answer, setAnswer] = useState<{ token: string; access: Access } | null>(null);

  useEffect(() => {
    if (!token) return;
    const abort = new AbortController();
    fetchSummary(conceptId, token, abort.signal).then(
      (summary) => {
        const { title, territory, role } = summary;
        rememberConcept({ id: conceptId, token, title, territory, role, confirmed: true });
        setAnswer({ token, access: 'granted' });
      },
      (error: Error) => {
        if (error.name === 'AbortError') return;
        const refused = error instanceof ApiError && error.isRefusal;
        setAnswer({ token, access: refused ? 'refused' : 'unverifiable' });
      },
    );
    return () => abort.abort();
  }, [conceptId, token]);

  if (!token) return 'none';
  const access = answer?.token === token ? answer.access : 'checking';
  if (access === 'refused' || access === 'granted') return access;
  if (confirmed) return 'granted';
  return access;
}
