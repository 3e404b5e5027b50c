import { WebsocketProvider } from 'y-websocket';
import * as Y from 'yjs';
import type { SyncTarget } from './SyncTarget.ts';
import { WebSocketClient } from './WebSocketClient.ts';

/**
 * Opens the document with a real y-websocket client after the run and counts the paragraphs and the words
 * the writers typed: every sent update must be in the server's document.
 */
export async function readBackWords(target: SyncTarget): Promise<{ paragraphs: number; words: number }> {
  const doc = new Y.Doc();
  const provider = new WebsocketProvider(target.serverUrl, target.room, doc, {
    WebSocketPolyfill: WebSocketClient as unknown as typeof globalThis.WebSocket,
    disableBc: true,
    params: target.params,
  });
  await new Promise<void>((resolve) => provider.once('sync', () => resolve()));
  const paragraphs = doc.getXmlFragment('body').toArray();
  let words = 0;
  for (const paragraph of paragraphs) {
    const text = (paragraph as Y.XmlElement).get(0) as Y.XmlText;
    for (const op of text.toDelta() as { insert: string }[]) words += op.insert.split('wort').length - 1;
  }
  provider.destroy();
  doc.destroy();
  return { paragraphs: paragraphs.length, words };
}
