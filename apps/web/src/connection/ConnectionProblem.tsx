import { useT } from '@werkbank/editor';
import type { ConceptConnection } from './ConceptConnection.ts';
import { useConnectionStatus } from './useConceptConnection.ts';

const SHOWN = new Set(['tooLarge', 'conceptFull', 'crowded', 'outdated', 'rejected']);

/**
 * Explains a server close that reconnecting cannot fix (an edit or the concept too large, too many sockets, a
 * message the server did not take, a concept newer than this app) and offers the way forward; nothing while the
 * connection is fine.
 */
export function ConnectionProblem({ connection }: { connection: ConceptConnection }) {
  const t = useT();
  const status = useConnectionStatus(connection);
  if (!SHOWN.has(status)) return null;
  return (
    <section className="connection-problem" role="alert" aria-labelledby="connection-problem-title">
      <h2 id="connection-problem-title">{t(`web.stopped.${status}.title`)}</h2>
      {status === 'crowded' && connection.closeReason ? (
        <p>{t(`web.stopped.crowded.${connection.closeReason}`)}</p>
      ) : null}
      <p>{t(`web.stopped.${status}.body`)}</p>
      {status === 'rejected' || status === 'outdated' ? (
        <button type="button" onClick={() => window.location.reload()}>
          {t('web.stopped.reload')}
        </button>
      ) : (
        <button type="button" onClick={() => connection.retry()}>
          {t(status === 'crowded' ? 'web.stopped.reconnect' : 'web.stopped.retry')}
        </button>
      )}
    </section>
  );
}
