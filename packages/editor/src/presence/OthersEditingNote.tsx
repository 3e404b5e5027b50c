import { useT } from '../i18n/useT.ts';
import type { PresenceUser } from './PresenceUser.ts';

/**
 * Warns, in a delete dialog, who else is in the element right now ("Aylin bearbeitet diese Maßnahme gerade"),
 * so nobody deletes what another person is writing into without knowing. Nothing when nobody else is there.
 */
export function OthersEditingNote({
  users,
  what,
  id,
}: {
  users: readonly PresenceUser[];
  what: string;
  id?: string;
}) {
  const t = useT();
  const others = users.filter((user) => !user.isSelf);
  if (others.length === 0) return null;
  const names = [...new Set(others.map((user) => user.name || t('presence.someone')))];
  const key = names.length === 1 ? 'presence.editingNow.one' : 'presence.editingNow.other';
  return (
    <p id={id} className="wb-warning">
      <strong>{t(key, { names: names.join(', '), what })}</strong>
    </p>
  );
}
