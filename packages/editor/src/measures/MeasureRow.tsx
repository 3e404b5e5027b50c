import { type Light, type MeasureJSON, measureCostTotal } from '@werkbank/concept';
import { memo } from 'react';
import { formatPeriod } from '../common/formatPeriod.ts';
import { formatEuro } from '../costs/formatEuro.ts';
import type { Locale } from '../i18n/Locale.ts';
import type { Translate } from '../i18n/Translate.ts';
import { PresenceInitials } from '../presence/PresenceInitials.tsx';
import type { PresenceUser } from '../presence/PresenceUser.ts';

/** Props of `MeasureRow`. */
export interface MeasureRowProps {
  measure: Light<MeasureJSON>;
  fieldTitle: string;
  /** Title of the workshop the measure came from, if any. */
  origin: string | null;
  users: readonly PresenceUser[];
  onOpen: (measureId: string) => void;
  t: Translate;
  locale: Locale;
  /** In a long table that renders only some rows: the row's place among all (for `aria-rowindex` and measuring). */
  index?: number;
  /** In a long table: measures the rendered row's height (the virtualizer's `measureElement`, stable). */
  measureRef?: (row: HTMLTableRowElement | null) => void;
}

/** One row of the measures table; memoised, so a change to one measure re-renders one row. */
export const MeasureRow = memo(function MeasureRow({
  measure,
  fieldTitle,
  origin,
  users,
  onOpen,
  t,
  locale,
  index,
  measureRef,
}: MeasureRowProps) {
  const title = measure.title || t('common.untitled');
  // In a long table the header row is row 1.
  return (
    <tr
      ref={measureRef}
      className="wb-measure-row"
      data-key-measure={measure.isKeyMeasure || undefined}
      data-index={index}
      aria-rowindex={index === undefined ? undefined : index + 2}
    >
      <td>
        <button
          type="button"
          className="wb-link-button"
          aria-label={t('table.open', { code: measure.code, title })}
          onClick={() => onOpen(measure.id)}
        >
          {measure.code}
        </button>
        <PresenceInitials users={users} />
      </td>
      <td>
        {title}
        {origin !== null && (
          <span className="wb-measure-origin">
            {t('table.origin', { title: origin || t('common.untitled') })}
          </span>
        )}
      </td>
      <td>{fieldTitle}</td>
      <td>{measure.lead}</td>
      <td>
        <span className={`wb-status wb-status--${measure.status}`}>
          {t(`measure.status.${measure.status}`)}
        </span>
      </td>
      <td>{measure.priority ? t(`measure.priority.${measure.priority}`) : ''}</td>
      <td>{formatPeriod(measure, locale)}</td>
      <td className="wb-number">
        {measure.costLines.length > 0 ? formatEuro(measureCostTotal(measure), locale) : ''}
      </td>
      <td>{measure.isKeyMeasure ? <span className="wb-key-measure">★ {t('common.yes')}</span> : ''}</td>
    </tr>
  );
});
