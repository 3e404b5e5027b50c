import { useT } from '@werkbank/editor';
import { ConnectionState } from './ConnectionState.tsx';
import { OutcomeList } from './OutcomeList.tsx';
import { OwnProposals } from './OwnProposals.tsx';
import { ParticipateHeader } from './ParticipateHeader.tsx';
import { ProposalForm } from './ProposalForm.tsx';
import type { useParticipation } from './useParticipation.ts';
import { VoteBoard } from './voting/VoteBoard.tsx';
import { WorkshopIntro } from './WorkshopIntro.tsx';

/** The participant's page for a loaded workshop; follows the phase as the moderation changes it. */
export function ParticipantWorkshop({
  participation,
}: {
  participation: ReturnType<typeof useParticipation>;
}) {
  const t = useT();
  const { projection, stream, queue, votes, displayName, setDisplayName, submit, save } = participation;
  if (!projection) return null;
  const { phase } = projection.workshop;
  return (
    <div className="participate">
      <ParticipateHeader>
        <ConnectionState status={stream.status} />
      </ParticipateHeader>
      <main id="main" tabIndex={-1} className="participate-main">
        <WorkshopIntro workshop={projection.workshop} />
        {phase === 'collect' && (
          <ProposalForm
            workshop={projection.workshop}
            displayName={displayName}
            onDisplayName={setDisplayName}
            onSubmit={submit}
          />
        )}
        {phase === 'vote' && (
          <VoteBoard
            projection={projection}
            votes={votes.votes}
            status={votes.status}
            error={votes.error}
            onChange={votes.change}
          />
        )}
        {phase === 'closed' && <OutcomeList projection={projection} />}
        {phase !== 'closed' && (
          <OwnProposals projection={projection} queue={queue.state} onDismiss={queue.dismiss} onSave={save} />
        )}
        <p className="visually-hidden" role="status">
          {t('web.participate.phaseLabel', { phase: t(`web.participate.phase.${phase}`) })}
        </p>
      </main>
    </div>
  );
}
