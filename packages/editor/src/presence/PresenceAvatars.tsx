import type { Awareness } from 'y-protocols/awareness';
import { useT } from '../i18n/useT.ts';
import { readableTextColor } from './readableTextColor.ts';
import { usePresence } from './usePresence.ts';

/** Props of `PresenceAvatars`. */
export interface PresenceAvatarsProps {
  awareness: Awareness | null | undefined;
  /** Avatars shown before "+n" ("and n more" to screen readers; default 5). */
  max?: number;
}

/**
 * Who else is working on the concept right now: coloured initials with each name as text (never colour
 * alone), and "+n" beyond `max` (read as "and n more").
 * @example <PresenceAvatars awareness={provider.awareness} />
 */
export function PresenceAvatars({ awareness, max = 5 }: PresenceAvatarsProps) {
  const t = useT();
  const others = usePresence(awareness);
  const shown = others.slice(0, max);
  const rest = others.length - shown.length;
  return (
    <section className="wb-presence" aria-label={t('presence.label')}>
      {others.length === 0 ? (
        <p className="wb-hint">{t('presence.alone')}</p>
      ) : (
        <ul className="wb-avatars">
          {shown.map((user) => (
            <li key={user.clientId} className="wb-avatar" title={user.name}>
              <span
                className="wb-avatar__initial"
                style={{ backgroundColor: user.color, color: readableTextColor(user.color) }}
                aria-hidden="true"
              >
                {(user.name.match(/\p{L}/u)?.[0] ?? '?').toUpperCase()}
              </span>
              <span className="wb-visually-hidden">{user.name}</span>
            </li>
          ))}
          {rest > 0 && (
            <li
              className="wb-avatar wb-avatar--more"
              title={others
                .slice(shown.length)
                .map((user) => user.name)
                .join(', ')}
            >
              {/* "+2" to the eye, fits a phone's header; the whole phrase for screen readers. */}
              <span aria-hidden="true">+{rest}</span>
              <span className="wb-visually-hidden">{t('presence.more', { count: rest })}</span>
            </li>
          )}
        </ul>
      )}
    </section>
  );
}
