import type { WorkshopProjection } from '@werkbank/concept';
import { useCallback, useEffect, useRef, useState } from 'react';
import { putVotes } from '../api/putVotes.ts';
import type { WorkshopAddress } from '../api/WorkshopAddress.ts';
import { WorkshopRequestError } from '../api/WorkshopRequestError.ts';
import type { WorkshopStream } from '../stream/WorkshopStream.ts';
import { changeVote } from './changeVote.ts';

/** `unsent`: waits for the connection; `error`: refused by the server (the dots went back to its state). */
export type VoteStatus = 'idle' | 'saving' | 'saved' | 'unsent' | 'error';

type Votes = Readonly<Record<string, number>>;

/**
 * This participant's dots: changed here at once, sent as the whole set (one request at a time, the latest
 * set wins), kept until the server has them; the server's projection takes over once it confirms.
 */
export function useVotes(
  address: WorkshopAddress,
  projection: WorkshopProjection | null,
  stream: WorkshopStream | null,
) {
  const [draft, setDraft] = useState<Votes | null>(null);
  const [status, setStatus] = useState<VoteStatus>('idle');
  const [error, setError] = useState<WorkshopRequestError | null>(null);
  const draftRef = useRef<Votes | null>(null);
  const sending = useRef(false);
  const voting = projection?.workshop.phase === 'vote';

  const send = useCallback(async () => {
    if (sending.current || !draftRef.current) return;
    sending.current = true;
    setStatus('saving');
    try {
      while (draftRef.current) {
        const sent: Votes = draftRef.current;
        const answer = await putVotes(address, { ...sent });
        stream?.setMyVotes(answer);
        if (draftRef.current === sent) draftRef.current = null;
      }
      setDraft(null);
      setError(null);
      setStatus('saved');
    } catch (e) {
      const failure =
        e instanceof WorkshopRequestError ? e : new WorkshopRequestError(0, 'offline', String(e));
      if (failure.transient) {
        setStatus('unsent');
      } else {
        draftRef.current = null;
        setDraft(null);
        setStatus('error');
      }
      setError(failure);
    } finally {
      sending.current = false;
    }
  }, [address, stream]);

  useEffect(() => {
    if (voting) return;
    draftRef.current = null;
    setDraft(null);
  }, [voting]);

  useEffect(() => {
    const retry = () => void send();
    window.addEventListener('online', retry);
    return () => window.removeEventListener('online', retry);
  }, [send]);

  const votes = draft ?? projection?.myVotes ?? {};
  const change = (proposalId: string, delta: 1 | -1) => {
    if (!projection || !voting) return;
    const next = changeVote(votes, proposalId, delta, projection.workshop);
    if (next === votes) return;
    draftRef.current = next;
    setDraft(next);
    void send();
  };
  return { votes, change, status, error, retry: send };
}
