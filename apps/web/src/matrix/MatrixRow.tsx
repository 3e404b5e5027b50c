import type { CoverageState, GoalJSON, GoalNode, Light, MeasureJSON } from '@werkbank/concept';
import { memo } from 'react';

/** The marks of a row's cells, one character per shown measure: d(irect), b(elow), - (none). */
export const STATE_CODE: Record<CoverageState, string> = { direct: 'd', below: 'b', none: '-' };
const STATE_OF: Record<string, CoverageState> = { d: 'direct', b: 'below', '-': 'none' };
const MARK: Record<CoverageState, string> = { direct: '●', below: '○', none: '' };

interface MatrixRowProps {
  row: number;
  node: GoalNode<Light<GoalJSON>>;
  columns: readonly Light<MeasureJSON>[];
  /** Changes exactly when a column's code or title changes (`columns` is rebuilt on every link). */
  columnsKey: string;
  /** The columns that start a field of action's group (derived from the columns, so `columnsKey` covers it). */
  groupStarts: ReadonlySet<number>;
  states: string;
  gap: boolean;
  /** The column of the cell that takes the Tab stop, or -1 when it is in another row. */
  activeCol: number;
  /** The columns rendered (`useColumnWindow`); spacers stand in for the others. */
  start: number;
  end: number;
  editable: boolean;
  gapLabel: string;
  cellLabel: (measure: Light<MeasureJSON>, node: GoalNode<Light<GoalJSON>>, state: CoverageState) => string;
}

/** Stands in for `columns` cells not rendered, so the scrolling box keeps its full width. */
export function Spacer({ columns }: { columns: number }) {
  if (columns <= 0) return null;
  const width = `calc(${columns} * var(--matrix-col-w))`;
  return <td aria-hidden="true" className="matrix-spacer" style={{ width, minWidth: width }} />;
}

function sameRow(a: MatrixRowProps, b: MatrixRowProps): boolean {
  return (
    a.row === b.row &&
    a.node === b.node &&
    a.columnsKey === b.columnsKey &&
    a.states === b.states &&
    a.gap === b.gap &&
    a.activeCol === b.activeCol &&
    a.start === b.start &&
    a.end === b.end &&
    a.editable === b.editable &&
    a.gapLabel === b.gapLabel &&
    a.cellLabel === b.cellLabel
  );
}

/**
 * One goal's row: its number and title (marked when nothing serves it), then a plain cell per measure. No
 * component or hook per cell: with 60 goals and 300 measures a row re-renders only when its marks, its goal
 * or the Tab stop in it change.
 */
export const MatrixRow = memo(function MatrixRow({
  row,
  node,
  columns,
  groupStarts,
  states,
  gap,
  activeCol,
  start,
  end,
  editable,
  gapLabel,
  cellLabel,
}: MatrixRowProps) {
  return (
    <tr data-r={row} className={gap ? 'matrix-row is-gap' : 'matrix-row'}>
      <th
        scope="row"
        aria-colindex={1}
        className="matrix-goal"
        style={{ paddingInlineStart: `${0.5 + node.depth}rem` }}
      >
        <span className="matrix-goal-number">{node.number}</span> {node.goal.title}
        {gap && <span className="matrix-badge">{gapLabel}</span>}
      </th>
      <Spacer columns={start} />
      {columns.slice(start, end).map((measure, index) => {
        const col = start + index;
        const state = STATE_OF[states[col] ?? '-'] ?? 'none';
        return (
          <td
            key={measure.id}
            // biome-ignore lint/a11y/noNoninteractiveElementToInteractiveRole: a cell of the ARIA grid, focused and activated by keys
            role="gridcell"
            data-c={col}
            aria-colindex={col + 2}
            tabIndex={col === activeCol ? 0 : -1}
            aria-label={cellLabel(measure, node, state)}
            aria-readonly={editable ? undefined : true}
            className={`matrix-cell is-${state}${groupStarts.has(col) ? ' is-first' : ''}`}
          >
            <span aria-hidden="true">{MARK[state]}</span>
          </td>
        );
      })}
      <Spacer columns={columns.length - end} />
    </tr>
  );
}, sameRow);
