import { useMemo, useRef } from 'react';
import type { ProposalInput } from './api/ProposalInput.ts';
import { patchProposal } from './api/patchProposal.ts';
import { WorkshopRequestError } from './api/WorkshopRequestError.ts';
import type { QueuedProposal } from './queue/QueuedProposal.ts';
import { useProposalQueue } from './queue/useProposalQueue.ts';
import { useWorkshopStream } from './stream/useWorkshopStream.ts';
import { useDisplayName } from './useDisplayName.ts';
import { useErrorText } from './useErrorText.ts';
import { useVotes } from './voting/useVotes.ts';

/**
 * Everything a participant's phone does in one workshop: follow it live, send proposals through the
 * device's queue, edit own ones, vote.
 */
export function useParticipation(
  conceptId: string,
  workshopId: string,
  token: string,
  participantId: string,
) {
  const address = useMemo(
    () => ({ conceptId, workshopId, token, participantId }),
    [conceptId, workshopId, token, participantId],
  );
  const errorText = useErrorText();
  const retryVotes = useRef<() => void>(() => {});
  const queue = useProposalQueue(address);
  const { state, stream } = useWorkshopStream(address, () => {
    void queue.queue?.flush();
    retryVotes.current();
  });
  const votes = useVotes(address, state.projection, stream);
  retryVotes.current = () => {
    if (votes.status === 'unsent') void votes.retry();
  };
  const [displayName, setDisplayName] = useDisplayName(conceptId, workshopId);

  async function submit(input: ProposalInput): Promise<QueuedProposal | undefined> {
    if (!queue.queue) return input;
    await queue.queue.add(input);
    const left = queue.queue.getState().items.find((i) => i.submissionId === input.submissionId);
    if (left?.failed) queue.queue.dismiss(input.submissionId);
    return left;
  }

  async function save(
    proposalId: string,
    change: { text: string; fieldId: string | null; targetGroup: string },
  ): Promise<string | null> {
    try {
      stream?.setProjection(await patchProposal(address, proposalId, change));
      return null;
    } catch (error) {
      return errorText(
        error instanceof WorkshopRequestError ? error : new WorkshopRequestError(0, 'offline', ''),
      );
    }
  }

  return {
    projection: state.projection,
    stream: state,
    queue: { state: queue.state, dismiss: (id: string) => queue.queue?.dismiss(id) },
    votes,
    displayName,
    setDisplayName,
    submit,
    save,
  };
}
