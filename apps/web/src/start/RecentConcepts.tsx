import { useLocale, useT } from '@werkbank/editor';
import { Link } from '../routing/Link.tsx';
import { routePath } from '../routing/routePath.ts';
import { forgetConceptOnDevice } from '../storage/forgetConceptOnDevice.ts';
import { useRecentConcepts } from '../storage/useRecentConcepts.ts';

/** The concepts opened on this device, newest first, each with its role and a way to forget it. */
export function RecentConcepts() {
  const t = useT();
  const locale = useLocale();
  const recent = useRecentConcepts();
  const dateFormat = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' });
  return (
    <section className="card" aria-labelledby="recent-title">
      <h2 id="recent-title">{t('web.start.recent.title')}</h2>
      {recent.length === 0 ? (
        <p className="muted">{t('web.start.recent.empty')}</p>
      ) : (
        <ul className="recent-list">
          {recent.map((c) => {
            const title = c.title || t('web.start.recent.untitled');
            return (
              <li key={c.id}>
                <div className="recent-main">
                  <Link href={routePath(c.id)} className="recent-title">
                    {title}
                  </Link>
                  <span className="recent-meta">
                    {c.territory && <span>{c.territory}</span>}
                    <span className={`role-badge role-${c.role}`}>{t(`web.role.${c.role}`)}</span>
                    <span>
                      {t('web.start.recent.lastOpened', { date: dateFormat.format(new Date(c.lastOpened)) })}
                    </span>
                  </span>
                </div>
                <button
                  type="button"
                  className="button-quiet"
                  aria-label={t('web.start.recent.forgetLabel', { title })}
                  title={t('web.start.recent.forget')}
                  onClick={() => {
                    if (window.confirm(t('web.start.recent.forgetConfirm', { title })))
                      forgetConceptOnDevice(c.id);
                  }}
                >
                  <span aria-hidden="true">×</span>
                </button>
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}
