import type { VersionJSON } from '@werkbank/concept';
import { useLocale, useT } from '@werkbank/editor';
import { useId, useRef, useState } from 'react';
import { Link } from '../routing/Link.tsx';
import { routePath } from '../routing/routePath.ts';
import { useWorkspace } from '../workspace/WorkspaceContext.ts';
import { AdoptVersionForm } from './AdoptVersionForm.tsx';
import { resolutionText } from './resolutionText.ts';

interface VersionItemProps {
  version: VersionJSON;
  /** Owners may mark it as adopted (or correct the resolution). */
  canAdopt: boolean;
  /** Another version is the adopted one. */
  otherAdopted: boolean;
  onAdopted(name: string): void;
}

/** One saved version: name, when it was saved, and whether and by whom it was adopted. */
export function VersionItem({ version, canAdopt, otherAdopted, onAdopted }: VersionItemProps) {
  const t = useT();
  const locale = useLocale();
  const id = useId();
  const { conceptId } = useWorkspace();
  const [adopting, setAdopting] = useState(false);
  const toggle = useRef<HTMLButtonElement>(null);
  const saved = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' }).format(
    new Date(version.createdAt),
  );

  function done(adopted: boolean) {
    setAdopting(false);
    toggle.current?.focus();
    if (adopted) onAdopted(version.name);
  }

  return (
    <li className={`version-item card ${version.adopted ? 'adopted' : ''}`}>
      <div className="version-head">
        <h3 id={`${id}-name`}>{version.name}</h3>
        {version.adopted && <span className="version-badge">{t('web.versions.adopted')}</span>}
      </div>
      <p className="muted">{t('web.versions.savedAt', { date: saved })}</p>
      {version.adopted && version.resolution && (
        <p className="version-resolution">
          {t('web.versions.resolution', { text: resolutionText(t, locale, version.resolution) })}
        </p>
      )}
      <p className="version-actions">
        <Link
          href={routePath(conceptId, { kind: 'document', versionId: version.id })}
          aria-describedby={`${id}-name`}
        >
          {t('web.versions.read')}
        </Link>
        <Link
          href={routePath(conceptId, { kind: 'compare', from: version.id, to: 'draft' })}
          aria-describedby={`${id}-name`}
        >
          {t('web.versions.compareWithDraft')}
        </Link>
      </p>
      {canAdopt && (
        <button
          ref={toggle}
          type="button"
          aria-expanded={adopting}
          aria-controls={adopting ? `${id}-adopt` : undefined}
          aria-describedby={`${id}-name`}
          onClick={() => setAdopting(!adopting)}
        >
          {version.adopted ? t('web.versions.editResolution') : t('web.versions.adopt')}
        </button>
      )}
      {adopting && (
        <div id={`${id}-adopt`}>
          <AdoptVersionForm version={version} replacesAdopted={otherAdopted} onDone={done} />
        </div>
      )}
    </li>
  );
}
