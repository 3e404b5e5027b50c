import { type KeyboardEvent, type RefObject, useCallback, useLayoutEffect } from 'react';

const ITEM = '[data-roving]:not(:disabled)';

function items(container: HTMLElement): HTMLElement[] {
  return [...container.querySelectorAll<HTMLElement>(ITEM)];
}

/**
 * Roving tabindex for a toolbar: one Tab stop, Arrow Left/Right, Home and End move between the controls
 * marked `data-roving` (WAI-ARIA toolbar pattern). Returns the container's keydown handler.
 */
export function useRovingFocus(ref: RefObject<HTMLElement | null>): (event: KeyboardEvent) => void {
  // After every render: controls come and go (table tools), so keep exactly one of them tabbable.
  useLayoutEffect(() => {
    const container = ref.current;
    if (!container) return;
    const all = items(container);
    const current = all.find((item) => item.tabIndex === 0) ?? all[0];
    for (const item of all) item.tabIndex = item === current ? 0 : -1;
  });
  return useCallback(
    (event: KeyboardEvent) => {
      const container = ref.current;
      if (!container || !['ArrowLeft', 'ArrowRight', 'Home', 'End'].includes(event.key)) return;
      const all = items(container);
      const index = all.indexOf(document.activeElement as HTMLElement);
      if (index < 0) return;
      const last = all.length - 1;
      const next =
        event.key === 'Home'
          ? 0
          : event.key === 'End'
            ? last
            : event.key === 'ArrowLeft'
              ? (index || all.length) - 1
              : index === last
                ? 0
                : index + 1;
      event.preventDefault();
      for (const item of all) item.tabIndex = -1;
      const target = all[next]!;
      target.tabIndex = 0;
      target.focus();
    },
    [ref],
  );
}
