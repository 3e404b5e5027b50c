import { type PresenceUser, useT } from '@werkbank/editor';

/** Small coloured dots for the people in one part of the concept; their names for screen readers. */
export function PresenceDots({ users }: { users: readonly PresenceUser[] | undefined }) {
  const t = useT();
  if (!users?.length) return null;
  const names = users.map((u) => u.name).join(', ');
  return (
    <span className="presence-dots" title={t('web.nav.here', { names })}>
      {users.slice(0, 4).map((u) => (
        <span key={u.clientId} className="presence-dot" style={{ background: u.color }} aria-hidden="true" />
      ))}
      <span className="visually-hidden">{t('web.nav.here', { names })}</span>
    </span>
  );
}
