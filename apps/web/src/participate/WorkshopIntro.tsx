import type { WorkshopProjection } from '@werkbank/concept';
import { useLocale, useT } from '@werkbank/editor';
import { formatWorkshopDate } from './formatWorkshopDate.ts';

/** Title, when and where, phase and guiding questions of the workshop. */
export function WorkshopIntro({ workshop }: { workshop: WorkshopProjection['workshop'] }) {
  const t = useT();
  const locale = useLocale();
  const where = workshop.online ? t('web.participate.online') : workshop.place;
  const facts = [formatWorkshopDate(workshop.date, locale), where, workshop.format].filter(Boolean);
  return (
    <section className="participate-intro" aria-labelledby="participate-title">
      <h1 id="participate-title">{workshop.title}</h1>
      {facts.length > 0 && <p className="participate-facts">{facts.join(' · ')}</p>}
      <p className={`participate-phase participate-phase-${workshop.phase}`}>
        {t('web.participate.phaseLabel', { phase: t(`web.participate.phase.${workshop.phase}`) })}
      </p>
      {workshop.guidingQuestions.length > 0 && (
        <>
          <h2 className="participate-questions-title">{t('web.participate.questions')}</h2>
          <ul className="participate-questions">
            {workshop.guidingQuestions.map((question, i) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: questions may repeat; their place is their identity
              <li key={i}>{question}</li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
