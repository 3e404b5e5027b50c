import { currentRevision, keys } from '@werkbank/concept';
import { useConceptSnapshot, useT } from '@werkbank/editor';
import { useEffect, useRef, useState } from 'react';
import { Link } from '../routing/Link.tsx';
import { routePath } from '../routing/routePath.ts';
import { useSession } from '../session/useSession.ts';
import { useVersions } from '../versions/useVersions.ts';
import { useWorkspace } from '../workspace/WorkspaceContext.ts';
import { RevisionPrompt } from './RevisionPrompt.tsx';
import { useAdoptedDrift } from './useAdoptedDrift.ts';
import { type LocalEditWatch, watchFirstLocalEdit } from './watchFirstLocalEdit.ts';
import './revision.css';

const metaScope = { keys: [keys.META] };

/**
 * Once a version is adopted: says when the draft differs from it (with a link to the differences) and which
 * revision is under way; the first edit after the adoption asks (without taking focus) to begin the next revision,
 * by name.
 */
export function AdoptionNotices({ adoptedId }: { adoptedId: string }) {
  const t = useT();
  const { conceptId, token, doc, editable } = useWorkspace();
  const revision = useConceptSnapshot(doc, currentRevision, metaScope);
  const adoptedName = useVersions(doc).find((v) => v.id === adoptedId)?.name ?? '';
  const drift = useAdoptedDrift(conceptId, token, doc, adoptedId);
  const [asking, setAsking] = useState(false);
  const [round, setRound] = useState(0);
  const announce = useSession((s) => s.announce);
  const watch = useRef<LocalEditWatch | null>(null);

  // biome-ignore lint/correctness/useExhaustiveDependencies: a new round watches again after a discarded change
  useEffect(() => {
    if (!editable || revision) return;
    const current = watchFirstLocalEdit(doc, () => {
      setAsking(true);
      say(`${t('web.revision.title')} ${t('web.revision.text', { adopted: adoptedName })}`);
    });
    watch.current = current;
    return () => {
      current.stop();
      watch.current = null;
    };
  }, [doc, editable, revision === null, adoptedId, round]);

  // Told through the workspace's own status line, which names the part it belongs to.
  function say(text: string) {
    announce(text, window.location.pathname);
  }

  function discard() {
    watch.current?.undo();
    setAsking(false);
    setRound((n) => n + 1);
  }

  return (
    <>
      {asking && !revision && (
        <RevisionPrompt
          doc={doc}
          adoptedName={adoptedName}
          onStarted={(name) => {
            setAsking(false);
            say(t('web.revision.started', { name }));
          }}
          onDiscard={discard}
        />
      )}
      {(drift || revision) && (
        <div className="adoption-notice" role="status">
          {revision && (
            <p className="adoption-revision">{t('web.revision.underWay', { name: revision.name })}</p>
          )}
          {drift && (
            <p>
              {t('web.drift.text')} –{' '}
              <Link href={routePath(conceptId, { kind: 'compare', from: adoptedId, to: 'draft' })}>
                {t('web.drift.link')}
              </Link>
            </p>
          )}
        </div>
      )}
    </>
  );
}
