import '../share/ownerLinks.css';
import { useT } from '@werkbank/editor';
import { useEffect, useRef, useState } from 'react';
import { arrivedLinks } from '../links/arrivedLinks.ts';
import type { RecentConcept } from '../storage/RecentConcept.ts';
import { chooseLink } from '../storage/recentConcepts.ts';
import { roleRank } from '../storage/roleRank.ts';
import { strongestLink } from '../storage/strongestLink.ts';

// The button pressed to switch links disappears with the switch: focus moves to this notice instead.
let switched = false;

function switchTo(conceptId: string, token: string | null): void {
  switched = true;
  if (!token) arrivedLinks.delete(conceptId);
  chooseLink(conceptId, token);
}

/**
 * Says so when a weaker link of the concept was just opened while a stronger one is kept and used, and
 * offers to open with the weaker one on purpose (e.g. to try the editor view); then offers the way back.
 * A live region, so the notice is announced when the server has confirmed the opened link's role.
 */
export function LinkChoiceNotice({ entry }: { entry: RecentConcept }) {
  const t = useT();
  const ref = useRef<HTMLDivElement>(null);
  const [dismissed, setDismissed] = useState(false);
  // biome-ignore lint/correctness/useExhaustiveDependencies: runs once the link in use has changed
  useEffect(() => {
    if (switched) ref.current?.focus();
    switched = false;
  }, [entry.token]);
  const strongest = strongestLink(entry.links ?? []);
  const kept = strongest ? t(`web.role.${strongest.role}`) : '';
  const arrived = arrivedLinks.get(entry.id);
  const opened = entry.links?.find((l) => l.token === arrived && l.confirmed && !l.refused);
  const usingWeaker = strongest !== undefined && entry.token !== strongest.token;
  const offer =
    !usingWeaker && !dismissed && opened && strongest && roleRank(opened.role) < roleRank(strongest.role);

  return (
    <div ref={ref} role="status" tabIndex={-1} className="link-choice-status">
      {usingWeaker && (
        <div className="link-choice">
          <p>{t('web.linkChoice.using', { opened: t(`web.role.${entry.role}`), kept })}</p>
          <button type="button" onClick={() => switchTo(entry.id, null)}>
            {t('web.linkChoice.back', { kept })}
          </button>
        </div>
      )}
      {offer && (
        <div className="link-choice">
          <p>{t('web.linkChoice.weaker', { opened: t(`web.role.${opened.role}`), kept })}</p>
          <div className="link-choice-actions">
            <button type="button" onClick={() => switchTo(entry.id, opened.token)}>
              {t('web.linkChoice.useOpened')}
            </button>
            <button
              type="button"
              className="button-quiet"
              onClick={() => {
                arrivedLinks.delete(entry.id);
                setDismissed(true);
              }}
            >
              {t('web.linkChoice.dismiss')}
            </button>
          </div>
        </div>
      )}
    </div>
  );
}
