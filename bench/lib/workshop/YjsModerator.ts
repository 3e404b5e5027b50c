import { addWorkshop, keys, updateWorkshop } from '@werkbank/concept';
import { WebsocketProvider } from 'y-websocket';
import * as Y from 'yjs';
import type { SyncTarget } from '../syncLatency/SyncTarget.ts';
import { WebSocketClient } from '../syncLatency/WebSocketClient.ts';
import type { Moderator } from './Moderator.ts';
import { now } from './now.ts';

/**
 * The moderator as the web app runs it: a y-websocket client on the concept with an owner token. It notes the
 * moment each new proposal lands in its Y.Doc and changes the workshop through `concept`'s verbs.
 */
export class YjsModerator implements Moderator {
  readonly doc = new Y.Doc();
  workshopId = '';
  readonly #provider: WebsocketProvider;

  private constructor(target: SyncTarget, onProposal: (text: string, at: number) => void) {
    const proposals = this.doc.getMap<Y.Map<unknown>>(keys.PROPOSALS);
    proposals.observe((event) => {
      const at = now();
      for (const [id, change] of event.changes.keys) {
        if (change.action === 'add') onProposal(String(proposals.get(id)?.get('text')), at);
      }
    });
    this.#provider = new WebsocketProvider(target.serverUrl, target.room, this.doc, {
      WebSocketPolyfill: WebSocketClient as unknown as typeof globalThis.WebSocket,
      disableBc: true,
      params: target.params,
    });
  }

  /** Connects and resolves once the concept is synced. */
  static open(target: SyncTarget, onProposal: (text: string, at: number) => void): Promise<YjsModerator> {
    const moderator = new YjsModerator(target, onProposal);
    return new Promise((resolve) => moderator.#provider.once('sync', () => resolve(moderator)));
  }

  /** The benchmark's workshop: proposals show at once, 5 dots each, stacking allowed. */
  createWorkshop(): string {
    this.workshopId = addWorkshop(this.doc, {
      title: 'Demokratiekonferenz 2026',
      format: 'Demokratiekonferenz',
      release: 'immediate',
      dotsPerParticipant: 5,
      stackDots: true,
    });
    return this.workshopId;
  }

  async startVoting(): Promise<void> {
    updateWorkshop(this.doc, this.workshopId, { phase: 'vote' });
  }

  close(): void {
    this.#provider.destroy();
    this.doc.destroy();
  }
}
