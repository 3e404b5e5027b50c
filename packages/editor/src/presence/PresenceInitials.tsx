import { useT } from '../i18n/useT.ts';
import type { PresenceUser } from './PresenceUser.ts';
import { readableTextColor } from './readableTextColor.ts';

/** Props of `PresenceInitials`. */
export interface PresenceInitialsProps {
  users: readonly PresenceUser[];
}

/** Coloured initials of users, named in text for screen readers (the colour is never the only cue). */
export function PresenceInitials({ users }: PresenceInitialsProps) {
  const t = useT();
  if (users.length === 0) return null;
  const names = users.map((user) => user.name).join(', ');
  return (
    <span className="wb-presence-dots" role="img" aria-label={t('presence.here', { names })} title={names}>
      {users.map((user) => (
        <span
          key={user.clientId}
          className="wb-presence-dot"
          style={{ backgroundColor: user.color, color: readableTextColor(user.color) }}
          aria-hidden="true"
        >
          {(user.name.match(/\p{L}/u)?.[0] ?? '?').toUpperCase()}
        </span>
      ))}
    </span>
  );
}
