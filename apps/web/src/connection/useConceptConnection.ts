import { startTransition, useEffect, useState, useSyncExternalStore } from 'react';
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

/**
 * Whether the document has loaded (from this device or the server). The change to true is a transition: the
 * workspace that renders then (navigation, view, editor) is built in slices between which the browser handles
 * input and paints, not in one long task.
 */
export function useConnectionReady(connection: ConceptConnection | null): boolean {
  const [ready, setReady] = useState<{ of: ConceptConnection | null; ready: boolean }>(() => ({
    of: connection,
    ready: connection?.ready ?? false,
  }));
  useEffect(() => {
    if (!connection) return;
    const update = () => {
      const next = connection.ready;
      startTransition(() =>
        setReady((prev) =>
          prev.of === connection && prev.ready === next ? prev : { of: connection, ready: next },
        ),
      );
    };
    update();
    return connection.subscribe(update);
  }, [connection]);
  return ready.of === connection && ready.ready;
}
