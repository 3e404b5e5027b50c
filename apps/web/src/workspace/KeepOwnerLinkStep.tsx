import { useT } from '@werkbank/editor';
import { useEffect, useId, useRef } from 'react';
import { OwnerLinkSafekeeping } from '../share/OwnerLinkSafekeeping.tsx';
import type { RecentConcept } from '../storage/RecentConcept.ts';
import { markLinkKeptSafe } from '../storage/recentConcepts.ts';

/**
 * Right after creating a concept: its owner link to keep safe (copy, download), until the owner says it
 * is kept. Takes focus when it appears, since it is the next thing to do.
 */
export function KeepOwnerLinkStep({ entry }: { entry: RecentConcept }) {
  const t = useT();
  const id = useId();
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  return (
    <section className="keep-owner-link" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`} ref={heading} tabIndex={-1}>
        {t('web.ownerLink.title')}
      </h2>
      <p>{t('web.ownerLink.intro')}</p>
      <OwnerLinkSafekeeping
        conceptId={entry.id}
        token={entry.token}
        title={entry.title}
        label={t('web.ownerLink.label')}
        hint={t('web.ownerLink.findAgain')}
      />
      <div>
        <button type="button" className="button-primary" onClick={() => markLinkKeptSafe(entry.id)}>
          {t('web.ownerLink.done')}
        </button>
      </div>
    </section>
  );
}
