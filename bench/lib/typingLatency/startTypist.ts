import { createRequire } from 'node:module';
import { findEntity, keys } from '@werkbank/concept';
import { WebsocketProvider } from 'y-websocket';
import * as Y from 'yjs';
import type { TypingTarget } from './startServerWithSample.ts';

// Node 20 has no WebSocket of its own; `ws` is untyped here, and y-websocket only needs the browser API.
const WebSocket = createRequire(import.meta.url)('ws') as typeof globalThis.WebSocket;

/** Another person in the chapter: present in awareness, typing into a paragraph of their own. */
export interface Typist {
  typed(): number;
  /** Leaves the chapter (awareness cleared) and stops typing; `resume` comes back. */
  pause(): void;
  resume(): void;
  stop(): void;
}

const LETTERS = 'abcdefghijklmnopqrstuvwxyz ';

function cursorAt(text: Y.XmlText): { anchor: unknown; head: unknown } {
  const position = Y.relativePositionToJSON(Y.createRelativePositionFromTypeIndex(text, text.length));
  return { anchor: position, head: position };
}

/**
 * Connects a y-websocket client (BroadcastChannel off, so everything goes through the server), announces
 * `name` in the chapter and then types `rate` characters a second at the end of its own paragraph, moving
 * its caret with each one as a browser would.
 */
export async function startTypist(
  target: TypingTarget,
  name: string,
  color: string,
  rate: number,
): Promise<Typist> {
  const doc = new Y.Doc();
  const provider = new WebsocketProvider(target.serverUrl, target.room, doc, {
    params: target.params,
    WebSocketPolyfill: WebSocket,
    disableBc: true,
  });
  await new Promise<void>((resolve) => provider.once('sync', () => resolve()));
  const body = findEntity(doc, keys.CHAPTERS, target.chapterId)?.get('body');
  if (!(body instanceof Y.XmlFragment)) throw new Error('chapter body not found');
  const text = new Y.XmlText();
  doc.transact(() => {
    const paragraph = new Y.XmlElement('paragraph');
    paragraph.insert(0, [text]);
    body.push([paragraph]);
  });
  let count = 0;
  let timer: ReturnType<typeof setInterval> | undefined;
  function resume(): void {
    provider.awareness.setLocalState({
      user: { name, color },
      location: { kind: 'chapter', id: target.chapterId },
      cursor: cursorAt(text),
    });
    timer ??= setInterval(() => {
      text.insert(text.length, LETTERS[count % LETTERS.length] as string);
      count++;
      provider.awareness.setLocalStateField('cursor', cursorAt(text));
    }, 1000 / rate);
  }
  function pause(): void {
    clearInterval(timer);
    timer = undefined;
    provider.awareness.setLocalState(null);
  }
  resume();
  return {
    typed: () => count,
    pause,
    resume,
    stop() {
      pause();
      provider.destroy();
      doc.destroy();
    },
  };
}
