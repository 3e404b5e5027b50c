import { useVirtualizer } from '@tanstack/react-virtual';
import { type RefObject, useCallback, useLayoutEffect, useState } from 'react';

/** The columns to render: `start` up to (not including) `end`. */
export interface ColumnWindow {
  start: number;
  end: number;
}

// Columns rendered beyond each edge of the view, and the step the window moves by, so rows re-render rarely.
const OVERSCAN = 16;
const STEP = 8;
// Until the table is measured: 1.875rem columns after a 20rem goal column (matrix.css), a 1280 px wide box.
const FIRST_SIZES = { col: 30, goals: 320 };
const FIRST_RECT = { width: 1280, height: 0 };

function widen(start: number, end: number, count: number): ColumnWindow {
  return {
    start: Math.max(0, Math.floor(start / STEP) * STEP),
    end: Math.min(count, Math.ceil(end / STEP) * STEP),
  };
}

/**
 * Renders only the measure columns near the view of the scrolling box (60 goals × 300 measures would otherwise be
 * 18,000 cells), following its scrolling and size with @tanstack/react-virtual's horizontal virtualizer.
 * `reveal(col)` scrolls a column into view and renders it at once, for the keyboard's jumps (End, Ctrl+End).
 * Without layout (jsdom) every column is rendered.
 */
export function useColumnWindow(scroller: RefObject<HTMLElement | null>, count: number) {
  // The column and goal-column widths as laid out; null when nothing is laid out.
  const [sizes, setSizes] = useState<{ col: number; goals: number } | null>(FIRST_SIZES);
  // A column revealed by the keyboard, rendered before the box's scroll event reaches the virtualizer.
  const [revealed, setRevealed] = useState<(ColumnWindow & { target: number }) | null>(null);
  const col = sizes?.col ?? FIRST_SIZES.col;
  const virtualizer = useVirtualizer({
    horizontal: true,
    count,
    getScrollElement: () => scroller.current,
    estimateSize: useCallback(() => col, [col]),
    paddingStart: sizes?.goals ?? FIRST_SIZES.goals,
    overscan: OVERSCAN,
    initialRect: FIRST_RECT,
  });
  const items = virtualizer.getVirtualItems();
  const first = items[0]?.index ?? 0;
  const last = (items[items.length - 1]?.index ?? -1) + 1;

  useLayoutEffect(() => {
    const element = scroller.current;
    const cell = element?.querySelector<HTMLElement>('td[data-c]');
    if (!element || !cell) return;
    const next =
      element.clientWidth === 0 || cell.offsetWidth === 0
        ? null
        : {
            col: cell.offsetWidth,
            goals: element.querySelector<HTMLElement>('.matrix-corner')?.offsetWidth ?? 0,
          };
    setSizes((current) =>
      current === next || (current && next && current.col === next.col && current.goals === next.goals)
        ? current
        : next,
    );
  });
  // Once the virtualizer's own window holds the revealed column, it takes over again.
  useLayoutEffect(() => {
    if (revealed && first <= revealed.target && revealed.target < last) setRevealed(null);
  }, [revealed, first, last]);

  const shown: ColumnWindow =
    sizes === null ? { start: 0, end: count } : (revealed ?? widen(first, last, count));
  const reveal = useCallback(
    (target: number) => {
      const element = scroller.current;
      if (!element || sizes === null || (target >= shown.start && target < shown.end)) return;
      const inView = Math.ceil((element.clientWidth - sizes.goals) / sizes.col) + 1;
      setRevealed({
        ...widen(target - inView / 2 - OVERSCAN, target + inView / 2 + OVERSCAN, count),
        target,
      });
      virtualizer.scrollToIndex(target, { align: 'center' });
    },
    [scroller, sizes, shown.start, shown.end, count, virtualizer],
  );
  return { start: Math.min(shown.start, count), end: Math.min(shown.end, count), reveal };
}
