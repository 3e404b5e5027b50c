import type { WorkshopProjection } from '@werkbank/concept';
import { countMessage, useT } from '@werkbank/editor';
import type { WorkshopRequestError } from '../api/WorkshopRequestError.ts';
import { groupByField } from '../groupByField.ts';
import { useErrorText } from '../useErrorText.ts';
import { dotsUsed } from './changeVote.ts';
import type { VoteStatus } from './useVotes.ts';
import { VoteItem } from './VoteItem.tsx';

interface VoteBoardProps {
  projection: WorkshopProjection;
  votes: Readonly<Record<string, number>>;
  status: VoteStatus;
  error: WorkshopRequestError | null;
  onChange: (proposalId: string, delta: 1 | -1) => void;
}

/** The vote: dots left on top, the visible proposals by field of action, each with − and +. */
export function VoteBoard({ projection, votes, status, error, onChange }: VoteBoardProps) {
  const t = useT();
  const errorText = useErrorText();
  const { workshop } = projection;
  const left = Math.max(0, workshop.dotsPerParticipant - dotsUsed(votes));
  const votable = projection.proposals.filter((p) => !p.pending);
  const groups = groupByField(votable, workshop.fields, t('web.participate.noField'));
  const saving =
    status === 'saving'
      ? t('web.participate.vote.saving')
      : status === 'saved'
        ? t('web.participate.vote.saved')
        : '';
  return (
    <section className="participate-card" aria-labelledby="participate-vote-title">
      <h2 id="participate-vote-title">{t('web.participate.vote.title')}</h2>
      <p className="participate-hint">
        {t('web.participate.vote.hint')} {!workshop.stackDots && t('web.participate.vote.hintSingle')}
      </p>
      <div className="participate-dots-left">
        <p role="status">{countMessage(t, 'web.participate.vote.left', left)}</p>
        <p
          role="status"
          className={status === 'error' || status === 'unsent' ? 'participate-error' : 'participate-hint'}
        >
          {status === 'unsent'
            ? t('web.participate.vote.unsent')
            : status === 'error' && error
              ? errorText(error)
              : saving}
        </p>
      </div>
      {groups.length === 0 && <p>{t('web.participate.vote.empty')}</p>}
      {groups.map((group) => (
        <section key={group.fieldId ?? ''} className="participate-group" aria-label={group.title}>
          <h3>{group.title}</h3>
          <ul className="participate-list">
            {group.proposals.map((p) => {
              const mine = votes[p.id] ?? 0;
              const canAdd = left > 0 && (workshop.stackDots || mine === 0);
              return (
                <VoteItem
                  key={p.id}
                  proposal={p}
                  mine={mine}
                  canAdd={canAdd}
                  onChange={(delta) => onChange(p.id, delta)}
                />
              );
            })}
          </ul>
        </section>
      ))}
    </section>
  );
}
