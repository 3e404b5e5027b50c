import { useT } from '@werkbank/editor';
import { useState } from 'react';
import { Link } from '../routing/Link.tsx';
import { routePath } from '../routing/routePath.ts';
import { SaveVersionForm } from '../versions/SaveVersionForm.tsx';
import { useVersions } from '../versions/useVersions.ts';
import { VersionItem } from '../versions/VersionItem.tsx';
import { useWorkspace } from '../workspace/WorkspaceContext.ts';
import { ViewTitle } from './ViewTitle.tsx';

/**
 * The saved versions (Fassungen), newest first, read live from the document. Owners save the draft as a version
 * and mark the one the council adopted; everyone else reads the list.
 */
export function VersionsView() {
  const t = useT();
  const { conceptId, doc, role } = useWorkspace();
  const versions = useVersions(doc);
  const [notice, setNotice] = useState('');
  const owner = role === 'owner';
  const adoptedId = versions.find((v) => v.adopted)?.id;
  return (
    <>
      <ViewTitle>{t('web.versions.title')}</ViewTitle>
      <p className="muted">{owner ? t('web.versions.intro') : t('web.versions.introReadOnly')}</p>
      <div className="versions-page stack">
        {owner && <SaveVersionForm onSaved={(name) => setNotice(t('web.versions.saved', { name }))} />}
        <p role="status" className="version-notice">
          {notice}
        </p>
        <section aria-labelledby="versions-list-title">
          <h2 id="versions-list-title">{t('web.versions.list')}</h2>
          {versions.length > 0 && (
            <p>
              <Link href={routePath(conceptId, { kind: 'compare' })}>{t('web.versions.compareTwo')}</Link>
            </p>
          )}
          {versions.length === 0 ? (
            <p className="muted">{t('web.versions.empty')}</p>
          ) : (
            <ol className="version-list" reversed>
              {[...versions].reverse().map((version) => (
                <VersionItem
                  key={version.id}
                  version={version}
                  canAdopt={owner}
                  otherAdopted={adoptedId !== undefined && adoptedId !== version.id}
                  onAdopted={(name) => setNotice(t('web.versions.adoptedNotice', { name }))}
                />
              ))}
            </ol>
          )}
        </section>
      </div>
    </>
  );
}
