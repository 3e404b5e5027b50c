import { useLocale, useT } from '@werkbank/editor';
import type { ShareLink } from '../api/shareLinks.ts';

interface LinkListProps {
  links: ShareLink[] | null;
  onRevoke(link: ShareLink): void;
}

/** The concept's links with role, validity and a revoke button for the live ones. */
export function LinkList({ links, onRevoke }: LinkListProps) {
  const t = useT();
  const locale = useLocale();
  if (!links) return <p className="muted">{t('web.loading')}</p>;
  const shown = links.filter((l) => l.role !== 'owner' || l.revokedAt == null);
  if (shown.length === 0) return <p className="muted">{t('web.share.empty')}</p>;
  const date = new Intl.DateTimeFormat(locale, { dateStyle: 'medium' });
  return (
    <table className="link-table">
      <thead>
        <tr>
          <th scope="col">{t('web.share.linkColumn')}</th>
          <th scope="col">{t('web.share.roleColumn')}</th>
          <th scope="col">{t('web.share.validColumn')}</th>
          <th scope="col">
            <span className="visually-hidden">{t('web.share.actionsColumn')}</span>
          </th>
        </tr>
      </thead>
      <tbody>
        {shown.map((link) => {
          const label = link.label || t('web.share.unlabelled');
          const revoked = link.revokedAt != null;
          const expired = !revoked && link.active === false;
          return (
            <tr key={link.id} className={revoked || expired ? 'inactive' : undefined}>
              <td>{label}</td>
              <td>{t(`web.role.${link.role}`)}</td>
              <td>
                {revoked && t('web.share.revoked')}
                {expired && t('web.share.expired')}
                {!revoked &&
                  !expired &&
                  (link.expiresAt
                    ? t('web.share.expires', { date: date.format(new Date(link.expiresAt)) })
                    : t('web.share.noExpiry'))}
              </td>
              <td>
                {!revoked && link.role !== 'owner' && (
                  <button
                    type="button"
                    className="button-danger"
                    onClick={() => onRevoke(link)}
                    aria-label={t('web.share.revokeLabel', { label })}
                  >
                    {t('web.share.revoke')}
                  </button>
                )}
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
