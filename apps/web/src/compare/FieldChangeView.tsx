import type { ComparedKind, FieldChange } from '@werkbank/concept';
import { useLocale, useT } from '@werkbank/editor';
import { DiffText } from './DiffText.tsx';
import { formatFieldValue } from './formatFieldValue.ts';

interface FieldChangeViewProps {
  kind: ComparedKind;
  change: FieldChange;
}

/** One changed field: text as a word diff, other values as "Bisher: … Neu: …". */
export function FieldChangeView({ kind, change }: FieldChangeViewProps) {
  const t = useT();
  const locale = useLocale();
  const label = t(`web.compare.field.${change.field}`);
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
        </dd>
      </div>
    );
  }
  const format = (value: string) => formatFieldValue(t, locale, kind, change, value);
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
