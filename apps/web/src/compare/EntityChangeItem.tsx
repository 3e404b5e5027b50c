import type { EntityChange } from '@werkbank/concept';
import { useT } from '@werkbank/editor';
import { useId } from 'react';
import { FieldChangeView } from './FieldChangeView.tsx';

/** One new, removed or changed entity: its name, what happened to it (in words), and its fields. */
export function EntityChangeItem({ change }: { change: EntityChange }) {
  const t = useT();
  const id = useId();
  return (
    <li className={`compare-entity card compare-${change.change}`} aria-labelledby={id}>
      <h3 id={id}>
        {change.title || '–'}{' '}
        <span className={`compare-badge compare-badge-${change.change}`}>
          {t(`web.compare.change.${change.change}`)}
        </span>
      </h3>
      {change.fields.length > 0 && (
        <dl className="compare-fields">
          {change.fields.map((field) => (
            <FieldChangeView key={field.field} kind={change.kind} change={field} />
          ))}
        </dl>
      )}
    </li>
  );
}
