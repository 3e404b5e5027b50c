import type { Awareness } from 'y-protocols/awareness';
import { PresenceInitials } from './PresenceInitials.tsx';
import type { PresenceLocation } from './PresenceLocation.ts';
import { usePresence } from './usePresence.ts';

/** Props of `PresenceDots`. */
export interface PresenceDotsProps {
  awareness: Awareness | null | undefined;
  location: PresenceLocation;
}

/** The other users at `location` (a chapter, a goal, a measure …) as small initials. */
export function PresenceDots({ awareness, location }: PresenceDotsProps) {
  const users = usePresence(awareness).filter(
    (user) =>
      user.location?.kind === location.kind &&
      (location.id === undefined || user.location.id === location.id),
  );
  return <PresenceInitials users={users} />;
}
