import { IndexeddbPersistence } from 'y-indexeddb';
import type { Awareness } from 'y-protocols/awareness';
import { WebsocketProvider } from 'y-websocket';
import * as Y from 'yjs';
import type { ConnectionStatus } from './ConnectionStatus.ts';
import { persistenceName } from './persistenceName.ts';
import { type SaveTracker, trackSaves } from './trackSaves.ts';

/** Close codes that end access: token unknown/revoked/expired, role lacking the right, concept deleted. */
const REFUSAL_CODES = new Set([4401, 4403, 4404]);

function syncBase(): string {
  const protocol = window.location.protocol === 'https:' ? 'wss:' : 'ws:';
  return `${protocol}//${window.location.host}/sync`;
}

/**
 * One concept's live document: the Y.Doc, its copy in IndexedDB (edits survive reloads and offline
 * time) and the y-websocket connection to the server. Create in an effect and `destroy()` in its cleanup.
 */
export class ConceptConnection {
  readonly doc = new Y.Doc();
  readonly provider: WebsocketProvider;
  readonly persistence: IndexeddbPersistence;
  readonly awareness: Awareness;
  private readonly saves: SaveTracker;
  private readonly listeners = new Set<() => void>();
  private status: ConnectionStatus = 'loading';
  private loaded = false;
  private everConnected = false;
  private refused = false;
  private lastReady = false;

  constructor(
    readonly conceptId: string,
    token: string,
  ) {
    this.persistence = new IndexeddbPersistence(persistenceName(conceptId), this.doc);
    this.provider = new WebsocketProvider(syncBase(), conceptId, this.doc, {
      params: { token },
      connect: navigator.onLine,
    });
    this.awareness = this.provider.awareness;
    const isLocal = (origin: unknown) => origin !== this.provider && origin !== this.persistence;
    this.saves = trackSaves(this.doc, this.provider, isLocal, this.refresh);
    this.persistence.on('synced', this.onLoaded);
    this.provider.on('sync', this.onSync);
    this.provider.on('status', this.refresh);
    this.provider.on('closed', this.onClosed);
    window.addEventListener('online', this.onOnline);
    window.addEventListener('offline', this.onOffline);
    this.refresh();
  }

  /** True once the document came from this device or the server, so views can render it. */
  get ready(): boolean {
    return this.loaded;
  }

  /** The current status; see `subscribe`. */
  getStatus = (): ConnectionStatus => this.status;

  /** Calls `listener` when the status or readiness changes. */
  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  destroy(): void {
    window.removeEventListener('online', this.onOnline);
    window.removeEventListener('offline', this.onOffline);
    this.saves.destroy();
    this.provider.destroy();
    void this.persistence.destroy();
    this.doc.destroy();
    this.listeners.clear();
  }

  private onLoaded = () => {
    this.loaded = true;
    this.refresh();
  };

  private onSync = (synced: boolean) => {
    if (synced) {
      this.everConnected = true;
      this.loaded = true;
    }
    this.refresh();
  };

  private onClosed = (event: { code: number }) => {
    if (REFUSAL_CODES.has(event.code)) this.refused = true;
    this.refresh();
  };

  private onOnline = () => {
    if (!this.refused) this.provider.connect();
    this.refresh();
  };

  // Browsers do not always close an open socket when the network goes away; stop trying until it returns.
  private onOffline = () => {
    this.provider.disconnect();
    this.refresh();
  };

  private computeStatus(): ConnectionStatus {
    if (this.refused) return 'refused';
    if (!navigator.onLine) return 'offline';
    if (!this.provider.wsconnected) {
      if (!this.loaded) return 'loading';
      return this.everConnected ? 'reconnecting' : 'connecting';
    }
    return this.provider.synced && !this.saves.pending ? 'saved' : 'saving';
  }

  private refresh = () => {
    const next = this.computeStatus();
    if (next === this.status && this.lastReady === this.loaded) return;
    this.status = next;
    this.lastReady = this.loaded;
    for (const listener of this.listeners) listener();
  };
}
