import type { FieldChange } from '@werkbank/concept';
import { useLocale, useT } from '@werkbank/editor';
import { DiffText } from './DiffText.tsx';
import { FormattingNote } from './FormattingNote.tsx';
import { type FieldOwner, formatFieldValue } from './formatFieldValue.ts';

interface FieldChangeViewProps {
  kind: FieldOwner;
  change: FieldChange;
  /** A phase's title in the concept's template (for the concept's details). */
  phaseTitle?: (key: string) => string;
}

/**
 * One changed field: text as a word diff, other values as "Bisher: … Neu: …"; rich text whose words only took
 * another format says so instead of repeating the unchanged text.
 */
export function FieldChangeView({ kind, change, phaseTitle }: FieldChangeViewProps) {
  const t = useT();
  const locale = useLocale();
  const label = t(
    kind === 'concept' ? `web.compare.meta.${change.field}` : `web.compare.field.${change.field}`,
  );
  if (change.formatting?.length && change.before === change.after)
    return (
      <div className="compare-field">
        <dt>{label}</dt>
        <dd>
          <FormattingNote change={change} />
        </dd>
      </div>
    );
  if (
    change.diff.length > 0 ||
    change.type === 'text' ||
    change.type === 'richText' ||
    change.type === 'list'
  ) {
    return (
      <div className="compare-field">
        <dt>{label}</dt>
        <dd>
          <DiffText parts={change.diff} />
          <FormattingNote change={change} />
        </dd>
      </div>
    );
  }
  const format = (value: string) => formatFieldValue(t, locale, kind, change, value, phaseTitle);
  return (
    <div className="compare-field">
      <dt>{label}</dt>
      <dd className="compare-values">
        <span>
          {t('web.compare.before')}:{' '}
          <del>
            <span className="visually-hidden">{t('web.compare.delStart')} </span>
            {format(change.before)}
          </del>
        </span>
        <span>
          {t('web.compare.after')}:{' '}
          <ins>
            <span className="visually-hidden">{t('web.compare.insStart')} </span>
            {format(change.after)}
          </ins>
        </span>
      </dd>
    </div>
  );
}
