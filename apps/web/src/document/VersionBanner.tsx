import type { VersionJSON } from '@werkbank/concept';
import { useLocale, useT } from '@werkbank/editor';
import { Link } from '../routing/Link.tsx';
import { routePath } from '../routing/routePath.ts';
import { resolutionText } from '../versions/resolutionText.ts';
import { useWorkspace } from '../workspace/WorkspaceContext.ts';

/** Names the saved version on show, its date and its resolution, says it is read-only, and leads back to the draft. */
export function VersionBanner({ version }: { version: VersionJSON }) {
  const t = useT();
  const locale = useLocale();
  const { conceptId } = useWorkspace();
  const date = version.createdAt
    ? new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' }).format(
        new Date(version.createdAt),
      )
    : '';
  return (
    <section
      className={`version-banner ${version.adopted ? 'adopted' : ''}`}
      aria-labelledby="version-banner-title"
    >
      <p id="version-banner-title" className="version-banner-title">
        {version.adopted
          ? t('web.document.version.adoptedTitle', { name: version.name, date })
          : t('web.document.version.title', { name: version.name, date })}
      </p>
      {version.adopted && version.resolution && (
        <p>{t('web.versions.resolution', { text: resolutionText(t, locale, version.resolution) })}</p>
      )}
      <p>
        {t('web.document.version.readOnly')}{' '}
        <Link href={routePath(conceptId, { kind: 'document' })}>{t('web.document.version.toDraft')}</Link>
      </p>
    </section>
  );
}
