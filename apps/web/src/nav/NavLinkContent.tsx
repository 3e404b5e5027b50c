import type { ReactNode } from 'react';

/** What a navigation link shows: prefix, label, an optional note under the label, people, badge. */
export interface NavLinkContentProps {
  label: string;
  prefix?: string | undefined;
  /** A line under the label, e.g. what a goal still lacks. */
  note?: ReactNode;
  noteTone?: string | undefined;
  presence?: ReactNode;
  /** A short state (status, count) shown after the label. */
  badge?: ReactNode;
  badgeTone?: string | undefined;
}

/** The inside of a navigation link. The spaces keep its accessible name readable; flex layout ignores them. */
export function NavLinkContent({
  label,
  prefix,
  note,
  noteTone,
  presence,
  badge,
  badgeTone,
}: NavLinkContentProps) {
  // The tooltip shows what the ellipsis cuts off.
  const labelElement = (
    <span className="nav-label" title={label}>
      {label}
    </span>
  );
  return (
    <>
      {prefix && <span className="nav-prefix">{prefix}</span>}{' '}
      {note ? (
        <span className="nav-text">
          {labelElement} <span className={`nav-note ${noteTone ?? ''}`}>{note}</span>
        </span>
      ) : (
        labelElement
      )}{' '}
      {presence} {badge !== undefined && <span className={`nav-badge ${badgeTone ?? ''}`}>{badge}</span>}
    </>
  );
}
