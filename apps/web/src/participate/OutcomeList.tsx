import type { WorkshopProjection } from '@werkbank/concept';
import { countMessage, useT } from '@werkbank/editor';
import { outcomeText } from './outcomeText.ts';
import { ProposalMeta } from './ProposalMeta.tsx';
import { rankProposals } from './rankProposals.ts';

/** After the workshop: thanks, and what became of each proposal (most dots first). */
export function OutcomeList({ projection }: { projection: WorkshopProjection }) {
  const t = useT();
  const ranked = rankProposals(projection.proposals.filter((p) => !p.pending));
  return (
    <section className="participate-card" aria-labelledby="participate-closed-title">
      <h2 id="participate-closed-title">{t('web.participate.closed.title')}</h2>
      <p>{t('web.participate.closed.body')}</p>
      <h3>{t('web.participate.closed.results')}</h3>
      {ranked.length === 0 && <p>{t('web.participate.closed.empty')}</p>}
      <ol className="participate-list">
        {ranked.map(({ proposal }) => (
          <li key={proposal.id} className="participate-result">
            {proposal.own && <p className="participate-tag">{t('web.participate.vote.own')}</p>}
            <p className="participate-text">{proposal.text}</p>
            <ProposalMeta fields={projection.workshop.fields} fieldId={proposal.fieldId} targetGroup="" />
            <p className={`participate-outcome participate-outcome-${proposal.outcome ?? 'open'}`}>
              <strong>{outcomeText(t, proposal)}</strong>
              {' · '}
              {countMessage(t, 'web.participate.dots', proposal.dots)}
            </p>
            {proposal.outcomeReason && (
              <p className="participate-reason">
                {t('web.participate.outcome.reason', { reason: proposal.outcomeReason })}
              </p>
            )}
          </li>
        ))}
      </ol>
    </section>
  );
}
