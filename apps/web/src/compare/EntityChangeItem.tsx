import type { EntityChange } from '@werkbank/concept';
import { useT } from '@werkbank/editor';
import { useId } from 'react';
import { describeMove } from './describeMove.ts';
import { FieldChangeView } from './FieldChangeView.tsx';

/** One new, removed, changed or moved entity: its name, what happened to it (in words), where it moved, its fields. */
export function EntityChangeItem({ change }: { change: EntityChange }) {
  const t = useT();
  const id = useId();
  const badge = change.move && change.fields.length === 0 ? 'moved' : change.change;
  const move = describeMove(t, change);
  return (
    <li className={`compare-entity card compare-${change.change}`} aria-labelledby={id}>
      <h3 id={id}>
        {change.title || '–'}{' '}
        <span className={`compare-badge compare-badge-${badge}`}>{t(`web.compare.change.${badge}`)}</span>
      </h3>
      {move && <p className="compare-move">{move}</p>}
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
