import type { ReactNode } from 'react';

/**
 * A table that scrolls sideways inside itself rather than widening the page; the region can take focus, so it
 * scrolls by keyboard too, and is named after the table.
 */
export function TableScroll({ label, children }: { label: string; children: ReactNode }) {
  return (
    // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrolling region must be reachable by keyboard (WCAG 2.1.1)
    <section className="document-table-scroll" aria-label={label} tabIndex={0}>
      {children}
    </section>
  );
}
