import type { PublicProposal } from '@werkbank/concept';
import { countMessage, useT } from '@werkbank/editor';
import { ProposalMeta } from '../ProposalMeta.tsx';

interface VoteItemProps {
  proposal: PublicProposal;
  mine: number;
  canAdd: boolean;
  onChange: (delta: 1 | -1) => void;
}

/** One proposal in the vote: its text and this participant's dots on it, with − and +. */
export function VoteItem({ proposal, mine, canAdd, onChange }: VoteItemProps) {
  const t = useT();
  const short = proposal.text.length > 80 ? `${proposal.text.slice(0, 80)} …` : proposal.text;
  return (
    <li className={mine > 0 ? 'participate-vote participate-vote-chosen' : 'participate-vote'}>
      <div className="participate-vote-body">
        {proposal.own && <p className="participate-tag">{t('web.participate.vote.own')}</p>}
        <p className="participate-text">{proposal.text}</p>
        <ProposalMeta
          fields={[]}
          fieldId={null}
          targetGroup={proposal.targetGroup}
          mergedTexts={proposal.mergedTexts}
        />
      </div>
      <div className="participate-vote-controls">
        <button
          type="button"
          className="participate-dot-button"
          aria-label={t('web.participate.vote.remove', { text: short })}
          disabled={mine === 0}
          onClick={() => onChange(-1)}
        >
          −
        </button>
        <span className="participate-vote-count">
          <span className="participate-dots" aria-hidden="true">
            {'●'.repeat(Math.min(mine, 10))}
          </span>
          {countMessage(t, 'web.participate.vote.mine', mine)}
        </span>
        <button
          type="button"
          className="participate-dot-button"
          aria-label={t('web.participate.vote.add', { text: short })}
          disabled={!canAdd}
          onClick={() => onChange(1)}
        >
          +
        </button>
      </div>
    </li>
  );
}
