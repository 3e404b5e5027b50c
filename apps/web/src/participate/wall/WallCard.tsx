import type { PublicProposal } from '@werkbank/concept';
import { countMessage, useT } from '@werkbank/editor';

interface WallCardProps {
  proposal: PublicProposal;
  showDots: boolean;
  fresh: boolean;
}

/** One proposal on the wall, large enough to read from the back of the room. */
export function WallCard({ proposal, showDots, fresh }: WallCardProps) {
  const t = useT();
  return (
    <li className={fresh ? 'wall-card wall-card-fresh' : 'wall-card'}>
      <p className="wall-card-text">{proposal.text}</p>
      {proposal.targetGroup && <p className="wall-card-meta">{proposal.targetGroup}</p>}
      {proposal.mergedTexts.length > 0 && (
        <p className="wall-card-meta">
          {t('web.participate.merged', { texts: proposal.mergedTexts.join(' · ') })}
        </p>
      )}
      {showDots && (
        <p className="wall-card-dots">
          <span aria-hidden="true">● </span>
          {countMessage(t, 'web.participate.dots', proposal.dots)}
        </p>
      )}
    </li>
  );
}
