import { useT } from '@werkbank/editor';
import type { ConnectionStatus } from './ConnectionStatus.ts';

/** The statuses that look like another: amber while work is under way, red while edits are at risk. */
const LOOK: Partial<Record<ConnectionStatus, ConnectionStatus>> = { storing: 'saving', unstored: 'offline' };

/** The connection and saving state, always visible and announced politely to screen readers. */
export function ConnectionIndicator({ status }: { status: ConnectionStatus }) {
  const t = useT();
  return (
    <p
      className={`connection connection-${LOOK[status] ?? status}`}
      role="status"
      aria-live="polite"
      data-status={status}
    >
      <span className="connection-dot" aria-hidden="true" />
      <span className="connection-text">{t(`web.status.${status}`)}</span>
    </p>
  );
}
