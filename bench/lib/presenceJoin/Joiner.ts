import { WebsocketProvider } from 'y-websocket';
import * as Y from 'yjs';
import type { SyncTarget } from '../syncLatency/SyncTarget.ts';
import { WebSocketClient } from '../syncLatency/WebSocketClient.ts';

/**
 * One person in the concept as the web app joins it: a stock y-websocket client (it relays everyone else's
 * presence back, as browsers do) with a name in its awareness state. It counts the people it sees and every
 * time the server closes its socket.
 */
export class Joiner {
  readonly doc = new Y.Doc();
  readonly provider: WebsocketProvider;
  readonly closeCodes: number[] = [];
  /** When (performance.now) this joiner first saw n people, itself included, by n. */
  readonly firstSaw = new Map<number, number>();

  constructor(target: SyncTarget, index: number) {
    this.provider = new WebsocketProvider(target.serverUrl, target.room, this.doc, {
      WebSocketPolyfill: WebSocketClient as unknown as typeof globalThis.WebSocket,
      disableBc: true,
      params: target.params,
    });
    this.provider.awareness.setLocalStateField('user', { name: `Mitglied ${index + 1}`, color: '#1a7f5a' });
    this.provider.on('connection-close', (event) => {
      if (event) this.closeCodes.push(event.code);
    });
    this.provider.awareness.on('change', () => this.#check());
    this.#check();
  }

  /** People with a name in this joiner's awareness, itself included. */
  seen(): number {
    let count = 0;
    for (const state of this.provider.awareness.getStates().values()) if (state.user) count++;
    return count;
  }

  close(): void {
    this.provider.destroy();
    this.doc.destroy();
  }

  #check(): void {
    const seen = this.seen();
    const at = performance.now();
    for (let n = 1; n <= seen; n++) if (!this.firstSaw.has(n)) this.firstSaw.set(n, at);
  }
}
