import type { WorkshopProjection } from '@werkbank/concept';
import { countMessage, useT } from '@werkbank/editor';
import { rankProposals } from '../rankProposals.ts';

/** After the vote: every proposal with its rank, most dots first. */
export function WallRanking({ projection }: { projection: WorkshopProjection }) {
  const t = useT();
  const ranked = rankProposals(projection.proposals);
  const fields = new Map(projection.workshop.fields.map((f) => [f.id, f.title]));
  return (
    <section className="wall-ranking" aria-labelledby="wall-ranking-title">
      <h2 id="wall-ranking-title">{t('web.wall.ranking')}</h2>
      {ranked.length === 0 && <p className="wall-empty">{t('web.wall.empty')}</p>}
      <ol>
        {ranked.map(({ rank, proposal }) => (
          <li key={proposal.id} className={rank <= 3 ? 'wall-rank wall-rank-top' : 'wall-rank'}>
            <span className="wall-rank-number" aria-hidden="true">
              {rank}
            </span>
            <span className="visually-hidden">{t('web.wall.rank', { rank })}</span>
            <span className="wall-rank-body">
              <span className="wall-card-text">{proposal.text}</span>
              {proposal.fieldId && fields.has(proposal.fieldId) && (
                <span className="wall-card-meta">{fields.get(proposal.fieldId)}</span>
              )}
            </span>
            <span className="wall-rank-dots">{countMessage(t, 'web.participate.dots', proposal.dots)}</span>
          </li>
        ))}
      </ol>
    </section>
  );
}
