import { PresenceAvatars, useT } from '@werkbank/editor';
import { useSyncExternalStore } from 'react';
import { ConnectionIndicator } from '../connection/ConnectionIndicator.tsx';
import type { ConnectionStatus } from '../connection/ConnectionStatus.ts';
import { Link } from '../routing/Link.tsx';
import { useSession } from '../session/useSession.ts';
import type { RecentConcept } from '../storage/RecentConcept.ts';
import { LanguageSwitch } from '../ui/LanguageSwitch.tsx';
import { useWorkspace } from './WorkspaceContext.ts';

interface WorkspaceHeaderProps {
  entry: RecentConcept;
  status: ConnectionStatus;
}

/** The workspace's banner: concept, connection status, who is here, share and export. */
export function WorkspaceHeader({ entry, status }: WorkspaceHeaderProps) {
  const t = useT();
  const { awareness, role } = useWorkspace();
  const profile = useSession((s) => s.profile);
  const navOpen = useSession((s) => s.navOpen);
  const setNavOpen = useSession((s) => s.setNavOpen);
  const setShareOpen = useSession((s) => s.setShareOpen);
  const setExportOpen = useSession((s) => s.setExportOpen);
  const setProfileOpen = useSession((s) => s.setProfileOpen);
  const phone = useMediaQuery(PHONE);
  return (
    <header className="app-header workspace-header">
      <button
        type="button"
        className="button-quiet nav-toggle"
        aria-expanded={navOpen}
        aria-controls="workspace-nav"
        onClick={() => setNavOpen(!navOpen)}
      >
        <span aria-hidden="true">☰</span>
        <span className="visually-hidden">{navOpen ? t('web.nav.hide') : t('web.nav.open')}</span>
      </button>
      <Link href="/" className="brand">
        {t('web.app.name')}
      </Link>
      <div className="concept-heading">
        <span className="concept-title" title={entry.title || undefined}>
          {entry.title || t('web.start.recent.untitled')}
        </span>
        <span className="concept-sub">
          {entry.territory && (
            <span className="concept-territory" title={entry.territory}>
              {entry.territory}
            </span>
          )}
          <span className={`role-badge role-${role}`}>{t(`web.role.${role}`)}</span>
        </span>
      </div>
      <ConnectionIndicator status={status} />
      <div className="header-people">
        <PresenceAvatars awareness={awareness} max={phone ? 1 : 5} />
        {profile && (
          <button
            type="button"
            className="self-avatar"
            style={{ background: profile.color }}
            onClick={() => setProfileOpen(true)}
            title={t('web.profile.edit')}
          >
            <span aria-hidden="true">{initials(profile.name)}</span>
            <span className="visually-hidden">
              {t('web.profile.you', { name: profile.name })} – {t('web.profile.edit')}
            </span>
          </button>
        )}
      </div>
      {role === 'owner' && (
        <button type="button" className="header-share" onClick={() => setShareOpen(true)}>
          {t('web.workspace.share')}
        </button>
      )}
      <button type="button" className="header-export" onClick={() => setExportOpen(true)}>
        {t('web.workspace.export')}
      </button>
      <LanguageSwitch />
    </header>
  );
}

/** As wide as the header's phone layout in app.css: one avatar, then "+n". */
const PHONE = '(max-width: 30rem)';

function useMediaQuery(query: string): boolean {
  return useSyncExternalStore(
    (onChange) => {
      const list = window.matchMedia?.(query);
      list?.addEventListener('change', onChange);
      return () => list?.removeEventListener('change', onChange);
    },
    () => window.matchMedia?.(query).matches ?? false,
  );
}

// Letters only: a name like "A. (Handy)" gives "AH", not "A(".
function initials(name: string): string {
  return name
    .split(/\s+/)
    .map((part) => part.match(/\p{L}/u)?.[0]?.toUpperCase())
    .filter(Boolean)
    .slice(0, 2)
    .join('');
}
