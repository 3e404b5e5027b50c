import type { CSSProperties, ReactNode } from 'react';
import type { Awareness } from 'y-protocols/awareness';
import { useT } from '../i18n/useT.ts';
import { readableTextColor } from '../presence/readableTextColor.ts';
import { usePresence } from '../presence/usePresence.ts';

/** Props of `FieldPresence`. */
export interface FieldPresenceProps {
  awareness?: Awareness | null;
  fieldKey: string;
  children: ReactNode;
}

/** Frames a field in the colour of whoever else is typing in it, with their name above it. */
export function FieldPresence({ awareness, fieldKey, children }: FieldPresenceProps) {
  const t = useT();
  const others = usePresence(awareness).filter((user) => user.field === fieldKey);
  const first = others[0];
  const names = others.map((user) => user.name).join(', ');
  const style = first ? ({ '--wb-presence-color': first.color } as CSSProperties) : undefined;
  // One shape with and without others: the field inside must never be mounted anew when someone comes or
  // goes (an uncontrolled input would lose its text and the caret).
  return (
    <div
      className={first ? 'wb-field-presence wb-field-presence--active' : 'wb-field-presence'}
      style={style}
    >
      {first ? (
        <span
          className="wb-field-presence__names"
          style={{ background: first.color, color: readableTextColor(first.color) }}
        >
          {t(others.length === 1 ? 'presence.inField.one' : 'presence.inField.other', { names })}
        </span>
      ) : null}
      {children}
    </div>
  );
}
