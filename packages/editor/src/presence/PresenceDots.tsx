import type { Awareness } from 'y-protocols/awareness';
import { useT } from '../i18n/useT.ts';
import type { PresenceLocation } from './PresenceLocation.ts';
import { usePresence } from './usePresence.ts';

/** Props of `PresenceDots`. */
export interface PresenceDotsProps {
  awareness: Awareness | null | undefined;
  location: PresenceLocation;
}

/** Small initials of the other users at `location` (a chapter, a goal, a measure …), with their names in text. */
export function PresenceDots({ awareness, location }: PresenceDotsProps) {
  const t = useT();
  const here = usePresence(awareness).filter(
    (user) =>
      user.location?.kind === location.kind &&
      (location.id === undefined || user.location.id === location.id),
  );
  if (here.length === 0) return null;
  const names = here.map((user) => user.name).join(', ');
  return (
    <span className="wb-presence-dots" role="img" aria-label={t('presence.here', { names })} title={names}>
      {here.map((user) => (
        <span
          key={user.clientId}
          className="wb-presence-dot"
          style={{ backgroundColor: user.color }}
          aria-hidden="true"
        >
          {user.name.slice(0, 1).toUpperCase()}
        </span>
      ))}
    </span>
  );
}
