import { type RefObject, useCallback, useLayoutEffect, useState } from 'react';

/** The columns to render: `start` up to (not including) `end`. */
export interface ColumnWindow {
  start: number;
  end: number;
}

// Columns rendered beyond each edge of the view, and the step the window moves by, so scrolling re-renders rarely.
const OVERSCAN = 16;
const STEP = 8;
// What the first render shows before the box is measured.
const FIRST = 48;

function columnWindow(scroller: HTMLElement | null, count: number, scrollLeft?: number): ColumnWindow {
  const cell = scroller?.querySelector<HTMLElement>('td[data-c]');
  // Without layout (jsdom) or before the first cell, render every column.
  if (!scroller || !cell || scroller.clientWidth === 0 || cell.offsetWidth === 0)
    return { start: 0, end: count };
  const width = cell.offsetWidth;
  const goals = scroller.querySelector<HTMLElement>('.matrix-corner')?.offsetWidth ?? 0;
  const left = scrollLeft ?? scroller.scrollLeft;
  const first = Math.floor(left / width);
  const shown = Math.ceil((scroller.clientWidth - goals) / width) + 1;
  const start = Math.max(0, Math.floor((first - OVERSCAN) / STEP) * STEP);
  const end = Math.min(count, Math.ceil((first + shown + OVERSCAN) / STEP) * STEP);
  return { start, end };
}

/**
 * Renders only the measure columns near the view of the scrolling box (60 goals × 300 measures would otherwise be
 * 18,000 cells), following its scrolling and size. `reveal(col)` scrolls a column into view and renders it at
 * once, for the keyboard's jumps (End, Ctrl+End).
 */
export function useColumnWindow(scroller: RefObject<HTMLElement | null>, count: number) {
  const [shown, setShown] = useState<ColumnWindow>({ start: 0, end: Math.min(count, FIRST) });
  const update = useCallback(
    (scrollLeft?: number) => {
      const next = columnWindow(scroller.current, count, scrollLeft);
      setShown((current) => (current.start === next.start && current.end === next.end ? current : next));
    },
    [scroller, count],
  );
  useLayoutEffect(() => {
    const element = scroller.current;
    update();
    if (!element) return;
    let frame = 0;
    const onScroll = () => {
      cancelAnimationFrame(frame);
      frame = requestAnimationFrame(() => update());
    };
    element.addEventListener('scroll', onScroll, { passive: true });
    const observer = typeof ResizeObserver === 'undefined' ? null : new ResizeObserver(() => update());
    observer?.observe(element);
    return () => {
      cancelAnimationFrame(frame);
      element.removeEventListener('scroll', onScroll);
      observer?.disconnect();
    };
  }, [scroller, update]);

  const reveal = useCallback(
    (col: number) => {
      const element = scroller.current;
      const cell = element?.querySelector<HTMLElement>('td[data-c]');
      if (!element || !cell || (col >= shown.start && col < shown.end)) return;
      const left = Math.max(0, col * cell.offsetWidth - element.clientWidth / 2);
      element.scrollLeft = left;
      update(left);
    },
    [scroller, shown, update],
  );
  return { start: Math.min(shown.start, count), end: Math.min(shown.end, count), reveal };
}
