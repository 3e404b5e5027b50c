import type { Light, MeasureJSON } from '@werkbank/concept';
import { memo } from 'react';

/** A group of columns: the measures of one field of action (or without one). */
export interface ColumnGroup {
  key: string;
  title: string;
  measures: Light<MeasureJSON>[];
}

interface MatrixHeadProps {
  groups: readonly ColumnGroup[];
  /** Ids of measures that serve no goal. */
  withoutGoal: ReadonlySet<string>;
  goalLabel: string;
  gapLabel: string;
}

/** Two sticky header rows: the fields of action over their measures, then each measure's code and title. */
export const MatrixHead = memo(function MatrixHead({
  groups,
  withoutGoal,
  goalLabel,
  gapLabel,
}: MatrixHeadProps) {
  return (
    <thead>
      <tr className="matrix-groups">
        <th scope="col" rowSpan={2} className="matrix-corner">
          {goalLabel}
        </th>
        {groups.map((group) => (
          <th
            key={group.key}
            scope="colgroup"
            colSpan={group.measures.length}
            className="matrix-group"
            title={group.title}
          >
            <span>{group.title}</span>
          </th>
        ))}
      </tr>
      <tr className="matrix-measures">
        {groups.flatMap((group) =>
          group.measures.map((measure, index) => {
            const gap = withoutGoal.has(measure.id);
            const classes = ['matrix-measure', gap && 'is-gap', index === 0 && 'is-first'].filter(Boolean);
            return (
              <th key={measure.id} scope="col" className={classes.join(' ')} title={measure.title}>
                <span className="matrix-measure-text">
                  <span className="matrix-code">{measure.code}</span> {measure.title}
                </span>
                {gap && <span className="matrix-badge">{gapLabel}</span>}
              </th>
            );
          }),
        )}
      </tr>
    </thead>
  );
});
