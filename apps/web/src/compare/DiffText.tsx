import type { DiffPart } from '@werkbank/concept';
import { useT } from '@werkbank/editor';
import { Fragment } from 'react';

/**
 * A word diff as running text: insertions in `<ins>`, deletions in `<del>`, each announced by a visually hidden
 * label, so neither colour nor strike-through alone carries the change.
 */
export function DiffText({ parts }: { parts: readonly DiffPart[] }) {
  const t = useT();
  return (
    <p className="diff-text">
      {parts.map((part, index) => {
        const key = `${index}-${part.kind}`;
        if (part.kind === 'same') return <span key={key}>{part.text}</span>;
        // A replaced word and its replacement would otherwise run together ("altneu").
        const gap = part.kind === 'added' && parts[index - 1]?.kind === 'removed' ? ' ' : '';
        const Tag = part.kind === 'added' ? 'ins' : 'del';
        const [start, end] =
          part.kind === 'added'
            ? [t('web.compare.insStart'), t('web.compare.insEnd')]
            : [t('web.compare.delStart'), t('web.compare.delEnd')];
        return (
          <Fragment key={key}>
            {gap}
            <Tag>
              <span className="visually-hidden">{start} </span>
              {part.text}
              <span className="visually-hidden"> {end}</span>
            </Tag>
          </Fragment>
        );
      })}
    </p>
  );
}
