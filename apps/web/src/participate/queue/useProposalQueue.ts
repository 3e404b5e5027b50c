import { useEffect, useState, useSyncExternalStore } from 'react';
import { postProposal } from '../api/postProposal.ts';
import type { WorkshopAddress } from '../api/WorkshopAddress.ts';
import { ProposalQueue } from '../ProposalQueue.ts';
import { workshopKey } from '../workshopKey.ts';
import type { ProposalQueueState } from './ProposalQueueState.ts';

const EMPTY: ProposalQueueState = { items: [], sent: [] };
const idle = () => () => {};

/** This device's queue of proposals for the workshop; it sends when the browser says it is back online. */
export function useProposalQueue(address: WorkshopAddress): {
  state: ProposalQueueState;
  queue: ProposalQueue | null;
} {
  const [queue, setQueue] = useState<ProposalQueue | null>(null);
  const { conceptId, workshopId, token, participantId } = address;
  useEffect(() => {
    const target = { conceptId, workshopId, token, ...(participantId ? { participantId } : {}) };
    const created = new ProposalQueue(
      workshopKey(conceptId, workshopId, 'queue'),
      (input) => postProposal(target, input),
      { isOnline: () => navigator.onLine },
    );
    setQueue(created);
    window.addEventListener('online', created.flush);
    void created.flush();
    return () => {
      window.removeEventListener('online', created.flush);
      created.destroy();
    };
  }, [conceptId, workshopId, token, participantId]);
  const state = useSyncExternalStore(queue?.subscribe ?? idle, queue?.getState ?? (() => EMPTY));
  return { state, queue };
}
