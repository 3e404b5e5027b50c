import {
  type CoverageState,
  flattenGoalTree,
  type GoalJSON,
  type GoalNode,
  type Light,
  type MeasureJSON,
} from '@werkbank/concept';
import { describeError, useT } from '@werkbank/editor';
import {
  type KeyboardEvent,
  type MouseEvent,
  useCallback,
  useLayoutEffect,
  useMemo,
  useRef,
  useState,
} from 'react';
import type * as Y from 'yjs';
import { useViewFilters } from '../session/useViewFilters.ts';
import { useWorkspace } from '../workspace/WorkspaceContext.ts';
import { MatrixHead } from './MatrixHead.tsx';
import { MatrixRow } from './MatrixRow.tsx';
import { MatrixStatus, type StatusMessage } from './MatrixStatus.tsx';
import { ALL_FIELDS, MatrixTools } from './MatrixTools.tsx';
import { type GridPosition, moveInGrid } from './moveInGrid.ts';
import { useColumnWindow } from './useColumnWindow.ts';
import { useLinkUndo } from './useLinkUndo.ts';
import { useMatrixModel } from './useMatrixModel.ts';
import './matrix.css';

interface GoalMeasureMatrixProps {
  doc: Y.Doc;
  /** False shows the links read-only (viewers). */
  editable: boolean;
}

function measureName(m: Light<MeasureJSON>): string {
  return `${m.code} ${m.title}`.trim();
}

/**
 * Goals down, measures across (grouped by field of action), live: ● where a measure is linked to the goal, ○
 * where it serves a goal below it; goals nothing serves and measures serving no goal are marked. An ARIA grid
 * with one Tab stop; editors link and unlink a cell with a click, Space or Enter, take it back with
 * "Rückgängig" or Ctrl+Z and make it again with "Wiederholen", Ctrl+Y or Ctrl+Shift+Z.
 */
export function GoalMeasureMatrix({ doc, editable }: GoalMeasureMatrixProps) {
  const t = useT();
  const { conceptId } = useWorkspace();
  const storedFilter = useViewFilters((s) => s.byConcept[conceptId]?.matrixField) ?? ALL_FIELDS;
  const setFilters = useViewFilters((s) => s.set);
  const [at, setAt] = useState<GridPosition>({ row: 0, col: 0 });
  const [status, setStatus] = useState<StatusMessage | null>(null);
  const tableRef = useRef<HTMLTableElement>(null);
  const focusAfterRender = useRef(false);
  const links = useLinkUndo(doc);

  const {
    filter,
    fields,
    measures,
    rows,
    coverage,
    groups,
    columns,
    columnsKey,
    groupStarts,
    states,
    withoutGoal,
  } = useMatrixModel(doc, storedFilter);
  const scrollRef = useRef<HTMLDivElement>(null);
  const shown = useColumnWindow(scrollRef, rows.length > 0 ? columns.length : 0);
  const row = Math.max(0, Math.min(at.row, rows.length - 1));
  const col = Math.max(0, Math.min(at.col, columns.length - 1));
  // The Tab stop stays among the rendered cells when the box was scrolled sideways by other means than keys.
  const tabCol = Math.max(shown.start, Math.min(col, shown.end - 1));

  const stateLabel = useMemo(
    () => ({
      direct: t('web.matrix.state.direct'),
      below: t('web.matrix.state.below'),
      none: t('web.matrix.state.none'),
    }),
    [t],
  );
  const cellLabel = useCallback(
    (measure: Light<MeasureJSON>, node: GoalNode<Light<GoalJSON>>, state: CoverageState) =>
      t('web.matrix.cell', {
        measure: measureName(measure),
        number: node.number,
        goal: node.goal.title,
        state: stateLabel[state],
      }),
    [t, stateLabel],
  );

  useLayoutEffect(() => {
    if (!focusAfterRender.current) return;
    focusAfterRender.current = false;
    const cell = tableRef.current?.tBodies[0]?.rows[row]?.querySelector<HTMLElement>(`td[data-c="${col}"]`);
    cell?.focus();
  });

  const focusCell = (next: GridPosition) => {
    shown.reveal(next.col);
    focusAfterRender.current = true;
    setAt(next);
  };

  const setLink = (node: GoalNode<Light<GoalJSON>>, measure: Light<MeasureJSON>, linked: boolean) => {
    const params = { measure: measureName(measure), number: node.number };
    try {
      links.setLink(measure.id, node.goal.id, linked, {
        undone: t(linked ? 'web.matrix.undoneLink' : 'web.matrix.undoneUnlink', params),
        redone: t(linked ? 'web.matrix.redoneLink' : 'web.matrix.redoneUnlink', params),
      });
      setStatus({ text: t(linked ? 'web.matrix.linked' : 'web.matrix.unlinked', params), undo: true });
    } catch (caught) {
      setStatus({ text: t('web.matrix.failed', { message: describeError(t, caught) }) });
    }
  };

  const activate = (r: number, c: number) => {
    const node = rows[r];
    const measure = columns[c];
    if (!node || !measure) return;
    const state = coverage.state(node.goal.id, measure);
    if (state === 'below') {
      const served = flattenGoalTree(node.children).filter(
        (n) => coverage.state(n.goal.id, measure) === 'direct',
      );
      setStatus({
        text: t('web.matrix.inherited', {
          measure: measureName(measure),
          number: node.number,
          subgoals: served.map((n) => `${n.number} ${n.goal.title}`).join(', '),
        }),
        linkDirectly: editable ? () => setLink(node, measure, true) : undefined,
      });
      return;
    }
    if (editable) setLink(node, measure, state === 'none');
  };

  const undo = () => {
    const text = links.undo();
    if (text !== null) setStatus({ text, undo: true });
  };
  const redo = () => {
    const text = links.redo();
    if (text !== null) setStatus({ text, undo: true });
  };

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const ctrl = event.ctrlKey || event.metaKey;
    const history = ctrl && !event.altKey ? historyKey(event.key, event.shiftKey) : null;
    if (history) {
      if (!editable || (event.target as HTMLElement).closest('input, textarea, select')) return;
      event.preventDefault();
      if (history === 'undo') undo();
      else redo();
      return;
    }
    const here = cellAt(event.target);
    if (!here) return;
    if (event.key === ' ' || event.key === 'Enter') {
      event.preventDefault();
      activate(here.row, here.col);
      return;
    }
    const next = moveInGrid(here, event.key, ctrl, rows.length, columns.length);
    if (!next) return;
    event.preventDefault();
    focusCell(next);
  };

  const onClick = (event: MouseEvent<HTMLTableSectionElement>) => {
    const next = cellAt(event.target);
    if (!next) return;
    focusCell(next);
    activate(next.row, next.col);
  };

  return (
    // biome-ignore lint/a11y/noStaticElementInteractions: Ctrl+Z anywhere in the matrix; the grid's cells take the keys
    <div className="matrix" onKeyDown={onKeyDown}>
      <MatrixTools
        fields={fields}
        filter={filter}
        onFilterChange={(matrixField) => setFilters(conceptId, { matrixField })}
        gaps={
          rows.length > 0 && measures.length > 0
            ? {
                goals: rows.filter((node) => !coverage.covered(node.goal.id)).length,
                measures: withoutGoal.size,
              }
            : null
        }
      />
      <MatrixStatus
        status={status}
        canUndo={editable && links.canUndo}
        canRedo={editable && links.canRedo}
        onUndo={() => {
          undo();
          focusCell({ row, col });
        }}
        onRedo={() => {
          redo();
          focusCell({ row, col });
        }}
      />
      {rows.length === 0 ? (
        <p className="muted">{t('web.matrix.noGoals')}</p>
      ) : columns.length === 0 ? (
        <p className="muted">{t('web.matrix.noMeasures')}</p>
      ) : (
        <div className="matrix-scroll" ref={scrollRef}>
          <table
            ref={tableRef}
            // biome-ignore lint/a11y/noNoninteractiveElementToInteractiveRole: the WAI-ARIA data grid pattern on a table, so headers stay headers
            role="grid"
            aria-label={t('web.matrix.caption')}
            aria-colcount={columns.length + 1}
            // A fixed layout: every column's width is known, so 60 rows of wrapping titles lay out in one pass.
            style={{ width: `calc(var(--matrix-goal-w) + ${columns.length} * var(--matrix-col-w))` }}
            aria-readonly={editable ? undefined : true}
            className="matrix-grid"
          >
            <MatrixHead
              groups={groups}
              withoutGoal={withoutGoal}
              goalLabel={t('web.matrix.goal')}
              gapLabel={t('web.matrix.measureGap')}
              start={shown.start}
              end={shown.end}
            />
            {/* biome-ignore lint/a11y/useKeyWithClickEvents: one handler for all cells; their keys are handled on the container */}
            <tbody
              onClick={onClick}
              onFocus={(event) => {
                const here = cellAt(event.target);
                if (here && (here.row !== row || here.col !== col)) setAt(here);
              }}
            >
              {rows.map((node, r) => (
                <MatrixRow
                  key={node.goal.id}
                  row={r}
                  node={node}
                  columns={columns}
                  columnsKey={columnsKey}
                  groupStarts={groupStarts}
                  states={states[r] ?? ''}
                  gap={!coverage.covered(node.goal.id)}
                  activeCol={r === row ? tabCol : -1}
                  start={shown.start}
                  end={shown.end}
                  editable={editable}
                  gapLabel={t('web.matrix.goalGap')}
                  cellLabel={cellLabel}
                />
              ))}
            </tbody>
          </table>
        </div>
      )}
    </div>
  );
}

// Ctrl+Z takes back; Ctrl+Y and Ctrl+Shift+Z make it again (Cmd on a Mac, checked by the caller).
function historyKey(key: string, shift: boolean): 'undo' | 'redo' | null {
  const k = key.toLowerCase();
  if (k === 'z') return shift ? 'redo' : 'undo';
  if (k === 'y' && !shift) return 'redo';
  return null;
}

// The grid position of the cell an event happened in.
function cellAt(target: EventTarget): GridPosition | null {
  const cell = (target as HTMLElement).closest<HTMLElement>('td[data-c]');
  const tr = cell?.closest<HTMLElement>('tr[data-r]');
  if (!cell || !tr) return null;
  return { row: Number(tr.dataset.r), col: Number(cell.dataset.c) };
}
