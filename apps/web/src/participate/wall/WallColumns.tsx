import type { WorkshopProjection } from '@werkbank/concept';
import { useT } from '@werkbank/editor';
import { groupByField } from '../groupByField.ts';
import { WallCard } from './WallCard.tsx';

interface WallColumnsProps {
  projection: WorkshopProjection;
  fresh: ReadonlySet<string>;
}

/** The cards in one column per field of action; in the vote, with their dots live. */
export function WallColumns({ projection, fresh }: WallColumnsProps) {
  const t = useT();
  const groups = groupByField(projection.proposals, projection.workshop.fields, t('web.participate.noField'));
  if (groups.length === 0) return <p className="wall-empty">{t('web.wall.empty')}</p>;
  const showDots = projection.workshop.phase === 'vote';
  return (
    <div className="wall-columns">
      {groups.map((group) => (
        <section key={group.fieldId ?? ''} className="wall-column" aria-label={group.title}>
          <h2>{group.title}</h2>
          <ul className="wall-cards">
            {group.proposals.map((p) => (
              <WallCard key={p.id} proposal={p} showDots={showDots} fresh={fresh.has(p.id)} />
            ))}
          </ul>
        </section>
      ))}
    </div>
  );
}
