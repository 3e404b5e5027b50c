import type { FieldOfActionJSON } from '@werkbank/concept';
import { useT } from '@werkbank/editor';
import { useId } from 'react';

/** The filter value for "all fields" and for the measures without a field. */
export const ALL_FIELDS = '';
export const NO_FIELD = '-';

interface MatrixToolsProps {
  fields: readonly FieldOfActionJSON[];
  filter: string;
  onFilterChange: (filter: string) => void;
  /** Gaps to name: goals nothing serves, measures serving no goal; null when there is nothing to count. */
  gaps: { goals: number; measures: number } | null;
}

function countText(t: ReturnType<typeof useT>, what: 'goals' | 'measures', count: number): string {
  const form = count === 0 ? 'none' : count === 1 ? 'one' : 'other';
  return t(`web.matrix.gaps.${what}.${form}`, { count });
}

/** Above the matrix: the field filter, how many gaps there are, and what ● and ○ mean. */
export function MatrixTools({ fields, filter, onFilterChange, gaps }: MatrixToolsProps) {
  const t = useT();
  const id = useId();
  return (
    <div className="matrix-tools">
      <span className="wb-filter">
        <label htmlFor={`${id}-field`}>{t('web.matrix.filter')}</label>
        <select id={`${id}-field`} value={filter} onChange={(event) => onFilterChange(event.target.value)}>
          <option value={ALL_FIELDS}>{t('web.matrix.filter.all')}</option>
          {fields.map((f) => (
            <option key={f.id} value={f.id}>
              {f.title.trim() || t('web.matrix.noField')}
            </option>
          ))}
          <option value={NO_FIELD}>{t('web.matrix.noField')}</option>
        </select>
      </span>
      {gaps && (
        <p className="matrix-summary">
          <span className={gaps.goals ? 'matrix-summary-gap' : undefined}>
            {countText(t, 'goals', gaps.goals)}
          </span>
          {' · '}
          <span className={gaps.measures ? 'matrix-summary-gap' : undefined}>
            {countText(t, 'measures', gaps.measures)}
          </span>
        </p>
      )}
      <p className="matrix-legend" aria-hidden="true">
        <span className="matrix-cell is-direct">●</span> {t('web.matrix.state.direct')}{' '}
        <span className="matrix-cell is-below">○</span> {t('web.matrix.state.below')}
      </p>
    </div>
  );
}
