import type { WorkshopProjection } from '@werkbank/concept';
import { countMessage, useLocale, useT } from '@werkbank/editor';
import type { ReactNode } from 'react';
import { formatWorkshopDate } from '../formatWorkshopDate.ts';

/** Title, when and where, phase, count and guiding questions across the top of the wall. */
export function WallHeader({
  projection,
  children,
}: {
  projection: WorkshopProjection;
  children?: ReactNode;
}) {
  const t = useT();
  const locale = useLocale();
  const { workshop } = projection;
  const where = workshop.online ? t('web.participate.online') : workshop.place;
  const facts = [formatWorkshopDate(workshop.date, locale), where].filter(Boolean);
  return (
    <header className="wall-header">
      <div className="wall-header-top">
        <h1>{workshop.title}</h1>
        <div className="wall-tools">{children}</div>
      </div>
      <p className="wall-facts">
        <span className={`wall-phase wall-phase-${workshop.phase}`}>
          {t(`web.participate.phase.${workshop.phase}`)}
        </span>
        {[...facts, countMessage(t, 'web.wall.count', projection.proposals.length)].map((fact) => (
          <span key={fact}> · {fact}</span>
        ))}
      </p>
      {workshop.guidingQuestions.length > 0 && (
        <ul className="wall-questions" aria-label={t('web.participate.questions')}>
          {workshop.guidingQuestions.map((question, i) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: questions may repeat; their place is their identity
            <li key={i}>{question}</li>
          ))}
        </ul>
      )}
    </header>
  );
}
