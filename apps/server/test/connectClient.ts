import WebSocket from 'ws';
import { WebsocketProvider } from 'y-websocket';
import * as Y from 'yjs';

/** A real y-websocket client in Node; BroadcastChannel off, so everything goes through the server. */
export interface TestClient {
  doc: Y.Doc;
  provider: WebsocketProvider;
  /** Resolves on the first 'sync' event with what the doc held at that moment. */
  firstSync: Promise<Y.Doc>;
  /** Resolves with the close code when the server ends the connection for good (4400–4499). */
  closed: Promise<number>;
  destroy(): void;
}

export function connectClient(
  wsUrl: string,
  conceptId: string,
  token: string | undefined,
  params: Record<string, string> = {},
): TestClient {
  const doc = new Y.Doc();
  const provider = new WebsocketProvider(wsUrl, conceptId, doc, {
    WebSocketPolyfill: WebSocket as unknown as typeof globalThis.WebSocket,
    disableBc: true,
    params: token === undefined ? params : { ...params, token },
    maxBackoffTime: 300,
  });
  const firstSync = new Promise<Y.Doc>((resolve) => {
    const onSync = (synced: boolean) => {
      if (!synced) return;
      provider.off('sync', onSync);
      const copy = new Y.Doc();
      Y.applyUpdate(copy, Y.encodeStateAsUpdate(doc));
      resolve(copy);
    };
    provider.on('sync', onSync);
  });
  const closed = new Promise<number>((resolve) => provider.on('closed', (event) => resolve(event.code)));
  return {
    doc,
    provider,
    firstSync,
    closed,
    destroy() {
      provider.destroy();
      doc.destroy();
    },
  };
}
