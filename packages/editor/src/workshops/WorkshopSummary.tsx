import { type WorkshopJSON, workshopStats } from '@werkbank/concept';
import { countMessage } from '../i18n/countMessage.ts';
import { useLocale } from '../i18n/useLocale.ts';
import { useT } from '../i18n/useT.ts';
import { formatWorkshopDate } from './formatWorkshopDate.ts';

/** Props of `WorkshopSummary`. */
export interface WorkshopSummaryProps {
  workshop: WorkshopJSON;
}

/** When, what and where a workshop is, its phase and its counts, in two short lines. */
export function WorkshopSummary({ workshop }: WorkshopSummaryProps) {
  const t = useT();
  const locale = useLocale();
  const stats = workshopStats(workshop.proposals);
  const where = workshop.online ? t('editor.workshop.online') : workshop.place;
  const facts = [
    formatWorkshopDate(workshop.date, locale) || t('editor.workshop.noDate'),
    workshop.format,
    where,
  ];
  return (
    <>
      <p className="wb-workshop-facts">{facts.filter(Boolean).join(' · ')}</p>
      <p className="wb-workshop-counts">
        <span className={`wb-phase wb-phase--${workshop.phase}`}>
          {t(`editor.workshop.phase.${workshop.phase}`)}
        </span>
        <span>{countMessage(t, 'editor.workshop.count.proposals', stats.proposals)}</span>
        {stats.pending > 0 && (
          <span className="wb-pending">
            {countMessage(t, 'editor.workshop.count.pending', stats.pending)}
          </span>
        )}
        <span>{countMessage(t, 'editor.workshop.count.participants', stats.participants)}</span>
      </p>
    </>
  );
}
