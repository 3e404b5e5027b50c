import { useEffect, useState } from 'react';
import { checkLink } from '../links/checkLink.ts';
import type { RecentConcept } from '../storage/RecentConcept.ts';
import { useVerifyLinks } from './useVerifyLinks.ts';

/** Whether this device may open a concept: `checking` until the server answered for a new token. */
export type Access = 'none' | 'checking' | 'granted' | 'refused' | 'unverifiable';

/**
 * Asks the server what the link in use may do (and refreshes title, role and "last opened"). A token
 * confirmed before opens at once, also offline; a new one waits for the server's answer. A refused link
 * makes way for the next strongest one kept on this device; links not checked yet are checked alongside.
 */
export function useConceptAccess(conceptId: string, entry: RecentConcept | undefined): Access {
  const token = entry?.token;
  const confirmed = entry?.confirmed !== false;
  const [answer, setAnswer] = useState<{ token: string; access: Access } | null>(null);
  useVerifyLinks(conceptId, entry);

  useEffect(() => {
    if (!token) return;
    const abort = new AbortController();
    checkLink(conceptId, token, abort.signal).then(
      (opens) => setAnswer({ token, access: opens ? 'granted' : 'refused' }),
      (error: Error) => {
        if (error.name !== 'AbortError') setAnswer({ token, access: 'unverifiable' });
      },
    );
    return () => abort.abort();
  }, [conceptId, token]);

  if (!token) return 'none';
  const access = answer?.token === token ? answer.access : 'checking';
  if (access === 'refused' || access === 'granted') return access;
  if (entry?.refused) return 'refused';
  if (confirmed) return 'granted';
  return access;
}
