import type { ChecklistItemState } from '@werkbank/concept';
import { useId } from 'react';
import type { Locale } from '../i18n/Locale.ts';
import { useT } from '../i18n/useT.ts';
import { formatTickTime } from './formatTickTime.ts';

/** Props of `ChecklistItem`. */
export interface ChecklistItemProps {
  item: ChecklistItemState;
  locale: Locale;
  editable: boolean;
  onToggle: (done: boolean) => void;
}

/** One checklist item: a checkbox with who ticked it and when, or the state of Werkbank's own check. */
export function ChecklistItem({ item, locale, editable, onToggle }: ChecklistItemProps) {
  const t = useT();
  const id = useId();
  if (item.auto) {
    return (
      <li className="wb-checklist__item" data-auto="" data-done={item.done || undefined}>
        <span className="wb-checklist__mark" aria-hidden="true">
          {item.done ? '✓' : '○'}
        </span>
        <span>
          {item.text}
          <span className="wb-checklist__meta">
            {' – '}
            {t('checklist.auto')}: {t(item.done ? 'checklist.autoDone' : 'checklist.autoOpen')}
          </span>
        </span>
      </li>
    );
  }
  const who =
    item.done &&
    (item.tickedBy && item.tickedAt
      ? t('checklist.tickedBy', { name: item.tickedBy, date: formatTickTime(locale, item.tickedAt) })
      : t('checklist.tickedUnknown'));
  return (
    <li className="wb-checklist__item" data-done={item.done || undefined}>
      <input
        id={id}
        type="checkbox"
        checked={item.done}
        disabled={!editable}
        aria-describedby={who ? `${id}-who` : undefined}
        onChange={(event) => onToggle(event.currentTarget.checked)}
      />
      <label htmlFor={id}>{item.text}</label>
      {who && (
        <span id={`${id}-who`} className="wb-checklist__meta">
          {who}
        </span>
      )}
    </li>
  );
}
