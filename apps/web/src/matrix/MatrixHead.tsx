import type { Light, MeasureJSON } from '@werkbank/concept';
import { memo } from 'react';
import { Spacer } from './MatrixRow.tsx';

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
  /** The columns rendered; spacers stand in for the others. */
  start: number;
  end: number;
}

// Each group with its first column and the part of its measures that is rendered.
function shownGroups(groups: readonly ColumnGroup[], start: number, end: number) {
  let next = 0;
  return groups.map((group) => {
    const from = next;
    next += group.measures.length;
    const first = Math.max(start, from);
    const last = Math.min(end, next);
    return {
      group,
      from,
      first,
      measures: last > first ? group.measures.slice(first - from, last - from) : [],
    };
  });
}

/** Two sticky header rows: the fields of action over their measures, then each measure's code and title. */
export const MatrixHead = memo(function MatrixHead({
  groups,
  withoutGoal,
  goalLabel,
  gapLabel,
  start,
  end,
}: MatrixHeadProps) {
  const shown = shownGroups(groups, start, end);
  const total = groups.reduce((n, g) => n + g.measures.length, 0);
  return (
    <thead>
      <tr className="matrix-groups">
        <th scope="col" rowSpan={2} aria-colindex={1} className="matrix-corner">
          {goalLabel}
        </th>
        <Spacer columns={start} />
        {shown.map(({ group, first, measures }) =>
          measures.length === 0 ? null : (
            <th
              key={group.key}
              scope="colgroup"
              colSpan={measures.length}
              aria-colindex={first + 2}
              className="matrix-group"
              title={group.title}
            >
              <span>{group.title}</span>
            </th>
          ),
        )}
        <Spacer columns={total - end} />
      </tr>
      <tr className="matrix-measures">
        <Spacer columns={start} />
        {shown.flatMap(({ from, first, measures }) =>
          measures.map((measure, index) => {
            const col = first + index;
            const gap = withoutGoal.has(measure.id);
            const classes = ['matrix-measure', gap && 'is-gap', col === from && 'is-first'].filter(Boolean);
            return (
              <th
                key={measure.id}
                scope="col"
                aria-colindex={col + 2}
                className={classes.join(' ')}
                title={measure.title}
              >
                <span className="matrix-measure-text">
                  <span className="matrix-code">{measure.code}</span> {measure.title}
                </span>
                {gap && <span className="matrix-badge">{gapLabel}</span>}
              </th>
            );
          }),
        )}
        <Spacer columns={total - end} />
      </tr>
    </thead>
  );
});
