import { useT } from '@werkbank/editor';
import { useSyncExternalStore } from 'react';
import type { StreamStatus } from './stream/StreamState.ts';

function subscribe(onChange: () => void): () => void {
  window.addEventListener('online', onChange);
  window.addEventListener('offline', onChange);
  return () => {
    window.removeEventListener('online', onChange);
    window.removeEventListener('offline', onChange);
  };
}

/** A small badge saying whether the page is following the workshop live. */
export function ConnectionState({ status }: { status: StreamStatus }) {
  const t = useT();
  const online = useSyncExternalStore(subscribe, () => navigator.onLine);
  const shown = !online ? 'offline' : status === 'refused' ? 'reconnecting' : status;
  return (
    <span className={`participate-connection participate-connection-${shown}`} role="status">
      <span className="participate-connection-dot" aria-hidden="true" />
      {t(`web.participate.connection.${shown}`)}
    </span>
  );
}
