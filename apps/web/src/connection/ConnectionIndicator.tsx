import { useT } from '@werkbank/editor';
import type { ConnectionStatus } from './ConnectionStatus.ts';

/** The connection and saving state, always visible and announced politely to screen readers. */
export function ConnectionIndicator({ status }: { status: ConnectionStatus }) {
  const t = useT();
  return (
    <p className={`connection connection-${status}`} role="status" aria-live="polite" data-status={status}>
      <span className="connection-dot" aria-hidden="true" />
      <span className="connection-text">{t(`web.status.${status}`)}</span>
    </p>
  );
}
