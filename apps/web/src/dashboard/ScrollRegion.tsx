import { useT } from '@werkbank/editor';
import type { ReactNode } from 'react';

/**
 * A table that scrolls sideways inside itself on a narrow screen; named ("Tabelle: …", so its name differs from
 * the section around it) and focusable, so it scrolls by keyboard.
 */
export function ScrollRegion({ label, children }: { label: string; children: ReactNode }) {
  const t = useT();
  const name = t('web.dashboard.tableOf', { title: label });
  return (
    // biome-ignore lint/a11y/noNoninteractiveTabindex: a region that scrolls sideways must be reachable by keyboard (WCAG 2.1.1)
    <section className="wb-table-scroll" aria-label={name} tabIndex={0}>
      {children}
    </section>
  );
}
