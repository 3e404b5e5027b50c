import { useT } from '@werkbank/editor';
import { useState } from 'react';
import type { OutlinePart } from './documentOutline.ts';
import { HeadingText } from './HeadingText.tsx';

/** The table of contents: every chapter and part, with fields of action, Leitziele and measure sheets below. */
export function Toc({ outline }: { outline: readonly OutlinePart[] }) {
  const t = useT();
  // Beside the text the contents stay open; above it (narrow screens) they start folded, so the text comes first.
  const [open, setOpen] = useState(() => window.matchMedia?.('(min-width: 75.01rem)').matches ?? true);
  return (
    <nav className="document-toc" aria-labelledby="document-toc-title">
      <details open={open} onToggle={(event) => setOpen(event.currentTarget.open)}>
        <summary>
          <h2 id="document-toc-title">{t('web.document.toc')}</h2>
        </summary>
        <ol>
          {outline.map(({ entry }) => (
            <li key={entry.anchor}>
              <a href={`#${entry.anchor}`}>
                <HeadingText entry={entry} />
              </a>
              {entry.children.length > 0 && (
                <ol>
                  {entry.children.map((child) => (
                    <li key={child.anchor}>
                      <a href={`#${child.anchor}`}>
                        <HeadingText entry={child} />
                      </a>
                    </li>
                  ))}
                </ol>
              )}
            </li>
          ))}
        </ol>
      </details>
    </nav>
  );
}
