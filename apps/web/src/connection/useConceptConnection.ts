import { useEffect, useState, useSyncExternalStore } from 'react';
import { ConceptConnection } from './ConceptConnection.ts';
import type { ConnectionStatus } from './ConnectionStatus.ts';
import { firstCopyFor } from './firstCopy.ts';

const noop = () => () => {};

/**
 * The live connection to a concept, created in an effect and destroyed in its cleanup (StrictMode mounts
 * twice; a connection made during render would be orphaned). Null until the effect ran.
 */
export function useConceptConnection(conceptId: string, token: string | null): ConceptConnection | null {
  const [connection, setConnection] = useState<ConceptConnection | null>(null);
  useEffect(() => {
    if (!token) return;
    const next = new ConceptConnection(conceptId, token, undefined, {
      tickets: true,
      firstCopy: firstCopyFor(conceptId, token),
    });
    setConnection(next);
    return () => {
      next.destroy();
      setConnection(null);
    };
  }, [conceptId, token]);
  return connection;
}

/** The connection's status, re-rendering when it changes. */
export function useConnectionStatus(connection: ConceptConnection | null): ConnectionStatus {
  return useSyncExternalStore(connection?.subscribe ?? noop, () => connection?.getStatus() ?? 'loading');
}

/** Whether the document has loaded (from this device or the server). */
export function useConnectionReady(connection: ConceptConnection | null): boolean {
  return useSyncExternalStore(connection?.subscribe ?? noop, () => connection?.ready ?? false);
}
