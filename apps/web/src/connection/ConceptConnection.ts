import { CURRENT_DOC_SCHEMA_VERSION, keys, trimLoadedDoc } from '@werkbank/concept';
import type { IndexeddbPersistence } from 'y-indexeddb';
import type { Awareness } from 'y-protocols/awareness';
import { WebsocketProvider } from 'y-websocket';
import * as Y from 'yjs';
import { UnsyncedEditCounter } from '../storage/unsyncedEdits.ts';
import { whenIdle } from '../whenIdle.ts';
import { applyFirstCopy, applyPieces } from './applyFirstCopy.ts';
import type { ConnectionStatus } from './ConnectionStatus.ts';
import { closeStatus } from './closeStatus.ts';
import { DeviceStore } from './DeviceStore.ts';
import { isNewerSchema } from './isNewerSchema.ts';
import { persistenceName } from './persistenceName.ts';
import { quietDeviceLoad } from './quietDeviceLoad.ts';
import type { StatePieces } from './readPieces.ts';
import { ticketWebSocket } from './ticketWebSocket.ts';
import { type DeviceWriteTracker, trackDeviceWrites } from './trackDeviceWrites.ts';
import { type SaveTracker, trackSaves } from './trackSaves.ts';

/** How long a first visit waits for the server's copy before it shows the (empty) device copy and goes on trying. */
const FIRST_VISIT_WAIT_MS = 10_000;
/**
 * How long the socket waits for the device's copy to load and a copy fetched over HTTP (see `firstCopy`) to come
 * before it connects anyway.
 */
const CONNECT_WAIT_MS = 4_000;

/** Resolves in a later task, so the browser can paint and handle input in between. */
function nextTask(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}

function syncBase(): string {
  const protocol = window.location.protocol === 'https:' ? 'wss:' : 'ws:';
  return `${protocol}//${window.location.host}/sync`;
}

/**
 * One concept's live document: the Y.Doc, its copy in IndexedDB (edits survive reloads and offline
 * time) and the y-websocket connection to the server. Create in an effect and `destroy()` in its cleanup.
 * Leaving the page asks first while an edit is neither on the server nor committed on this device.
 */
export class ConceptConnection {
  readonly doc = new Y.Doc();
  readonly provider: WebsocketProvider;
  readonly persistence: IndexeddbPersistence;
  readonly awareness: Awareness;
  private readonly saves: SaveTracker;
  private readonly writes: DeviceWriteTracker;
  private readonly unsynced: UnsyncedEditCounter;
  private readonly listeners = new Set<() => void>();
  private status: ConnectionStatus = 'loading';
  private loaded = false;
  private deviceLoaded = false;
  /** Set while the server's first copy has just been applied: views render in the next task (see onSync). */
  private renderDeferred = false;
  private firstVisitDeadline: ReturnType<typeof setTimeout> | undefined;
  private readonly firstVisitWaitMs: number;
  private everConnected = false;
  private connectDeadline: ReturnType<typeof setTimeout> | undefined;
  private readonly stopQuietLoad: () => void;
  /** Set once the device's copy is loaded (or that took too long): the socket may connect from then on. */
  private mayConnect = false;
  private destroyed = false;
  /** Set by a close that reconnecting cannot fix; only `retry()` connects again. */
  private stopped: ReturnType<typeof closeStatus> = null;
  private stoppedReason = '';
  private lastReady = false;

  constructor(
    readonly conceptId: string,
    token: string,
    serverUrl = syncBase(),
    /** Open each socket with a single-use ticket (the app does), so the token never appears in a URL. */
    {
      tickets = false,
      firstVisitWaitMs = FIRST_VISIT_WAIT_MS,
      firstCopy,
    }: {
      tickets?: boolean;
      /** How long a first visit waits for the server before it shows the device's (empty) copy. */
      firstVisitWaitMs?: number;
      /** The concept's state fetched over HTTP (see firstCopy.ts): shown on a first visit if the socket is slower. */
      firstCopy?: Promise<StatePieces | null> | undefined;
    } = {},
  ) {
    this.firstVisitWaitMs = firstVisitWaitMs;
    this.unsynced = new UnsyncedEditCounter(conceptId);
    this.persistence = new DeviceStore(persistenceName(conceptId), this.doc, nextTask);
    this.provider = new WebsocketProvider(serverUrl, conceptId, this.doc, {
      params: tickets
        ? { schema: String(CURRENT_DOC_SCHEMA_VERSION) }
        : { token, schema: String(CURRENT_DOC_SCHEMA_VERSION) },
      ...(tickets ? { WebSocketPolyfill: ticketWebSocket(conceptId, token) } : {}),
      // The socket connects once the device's copy is loaded (and a copy on its way over HTTP is in): its first
      // message asks for what the document lacks, and asked with an empty state vector the server sends the whole
      // concept again, uncompressed (722 kB for 300 measures on an opening that had it all on the device).
      connect: false,
      shouldReconnect: (event) => closeStatus(event.code, event.reason) === null,
      // Tabs of one concept on one device meet through the server. y-websocket's BroadcastChannel between them
      // wrote out and posted the whole concept on every (re)connect, ≈ 0.16 s for 300 measures, and every other
      // open tab of the concept applied it.
      disableBc: true,
    });
    this.awareness = this.provider.awareness;
    this.stopQuietLoad = quietDeviceLoad(this.doc, this.persistence, () => this.provider.wsconnected);
    const isLocal = (origin: unknown) => origin !== this.provider && origin !== this.persistence;
    this.saves = trackSaves(this.doc, this.provider, isLocal, this.refresh);
    this.provider.messageHandlers[0] = applyFirstCopy(
      this.doc,
      this.provider,
      this.provider.messageHandlers[0] as WebsocketProvider['messageHandlers'][number],
    );
    this.writes = trackDeviceWrites(this.persistence, isLocal, this.refresh);
    this.doc.getMap(keys.META).observe(this.checkSchema);
    this.persistence.on('synced', this.onLoaded);
    this.provider.on('sync', this.onSync);
    this.provider.on('connection-close', this.onNoServer);
    this.provider.on('connection-error', this.onNoServer);
    this.provider.on('status', this.refresh);
    this.provider.on('closed', this.onClosed);
    window.addEventListener('online', this.onOnline);
    window.addEventListener('offline', this.onOffline);
    window.addEventListener('beforeunload', this.onBeforeUnload);
    const copy = firstCopy ? firstCopy.catch(() => null) : Promise.resolve(null);
    void Promise.all([copy, this.persistence.whenSynced]).then(async ([pieces]) => {
      await this.onFirstCopy(pieces);
      this.connectOnceLoaded();
    });
    // A device store that never answers (or a copy that does not come) must not keep the socket from connecting.
    this.connectDeadline = setTimeout(this.connectOnceLoaded, CONNECT_WAIT_MS);
    this.refresh();
  }

  /** True once the document came from this device or the server, so views can render it. */
  get ready(): boolean {
    return this.loaded && !this.renderDeferred;
  }

  /** True while some edit is neither confirmed by the server nor committed to IndexedDB: leaving would lose it. */
  get unsafe(): boolean {
    // Both trackers confirm a prefix of the local edits, so some edit is in neither exactly when both lag.
    return this.saves.pending && (this.writes.pending || this.writes.failed);
  }

  /** The server's reason for the close that stopped the connection ('' when none). */
  get closeReason(): string {
    return this.stopped ? this.stoppedReason : '';
  }

  /** The current status; see `subscribe`. */
  getStatus = (): ConnectionStatus => this.status;

  /** Calls `listener` when the status or readiness changes. */
  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  /** Connects again after the server stopped it for size (once the person removed the large edit) or crowding. */
  retry(): void {
    if (this.stopped === 'refused' || this.stopped === 'outdated') return;
    this.stopped = null;
    if (navigator.onLine) this.provider.connect();
    this.refresh();
  }

  destroy(): void {
    this.destroyed = true;
    clearTimeout(this.firstVisitDeadline);
    clearTimeout(this.connectDeadline);
    window.removeEventListener('online', this.onOnline);
    window.removeEventListener('offline', this.onOffline);
    window.removeEventListener('beforeunload', this.onBeforeUnload);
    this.doc.getMap(keys.META).unobserve(this.checkSchema);
    this.stopQuietLoad();
    this.saves.destroy();
    this.writes.destroy();
    this.provider.destroy();
    void this.persistence.destroy();
    this.doc.destroy();
    this.listeners.clear();
  }

  // A newer app wrote this document: stop sending; what is not yet sent stays in IndexedDB for after the reload.
  private checkSchema = () => {
    if (this.stopped === 'outdated' || !isNewerSchema(this.doc)) return;
    this.stopped = 'outdated';
    this.provider.disconnect();
    this.refresh();
  };

  // The device's copy is loaded. On a first visit it holds nothing: then the workspace waits for the server's copy
  // instead of rendering an empty concept that the server's first (large) update fills at once — which made every
  // list, count and finding read the whole concept inside the task that applied that update.
  private onLoaded = () => {
    this.deviceLoaded = true;
    // Already shown (the socket synced while the device's rows were still being applied): nothing to render again.
    if (this.loaded) {
      this.refresh();
      return;
    }
    if (this.doc.store.clients.size > 0) {
      // What an earlier visit stored was just applied, in this task: the workspace renders in the next one.
      this.loaded = true;
      this.renderInNextTask();
    } else if (!navigator.onLine || this.stopped) this.loaded = true;
    // A server that neither answers nor refuses (a ticket request or a connection that hangs) must not keep the
    // page on "loading" for good: after a while show what the device has, and keep connecting.
    else this.firstVisitDeadline = setTimeout(this.onNoServer, this.firstVisitWaitMs);
    this.refresh();
  };

  // The concept fetched over HTTP on a first visit is in, and so is what the device holds: with nothing on the
  // device it is shown as the server's copy (and stored on the device); the socket then sends only what changed.
  // A large concept comes in pieces, each applied in a task of its own: no single long task while it opens.
  private async onFirstCopy(pieces: StatePieces | null): Promise<void> {
    if (!pieces || this.destroyed || this.doc.store.clients.size > 0) return;
    let handOver: (() => void) | null = null;
    try {
      handOver = await applyPieces(this.doc, pieces, this.provider, {
        // Left (or connected and brought by the socket meanwhile, after the wait): the rest does not matter.
        stop: () => this.destroyed || this.provider.synced,
        nextTask,
      });
    } catch {
      return; // not a Yjs update after all: the socket brings the concept
    }
    // The device stores the pieces once the page is idle (see applyPieces).
    const hand = handOver;
    if (hand)
      whenIdle(
        () => {
          if (!this.destroyed) hand();
        },
        3000,
        1000,
      );
    if (this.doc.store.clients.size === 0) return;
    // Already showing the (empty) device copy, offline or after waiting: the views follow the doc as it fills.
    if (this.loaded) return;
    this.loaded = true;
    clearTimeout(this.firstVisitDeadline);
    this.renderInNextTask();
  }

  // Once the device's copy and the copy fetched over HTTP are applied (or did not come in time), the socket connects.
  private connectOnceLoaded = () => {
    clearTimeout(this.connectDeadline);
    this.mayConnect = true;
    if (this.destroyed || this.stopped || !navigator.onLine) return;
    this.provider.connect();
    this.refresh();
  };

  private onSync = (synced: boolean) => {
    if (!synced) {
      this.refresh();
      return;
    }
    this.everConnected = true;
    if (this.loaded) {
      this.refresh();
      return;
    }
    this.loaded = true;
    clearTimeout(this.firstVisitDeadline);
    this.renderInNextTask();
  };

  // Render in a task of its own, not in the one that just applied the server's or the device's copy: two shorter
  // tasks instead of one long one, so the page stays responsive while a large concept opens. (`ready` stays false
  // until then, also for the refresh the save tracker makes right after the sync handler.)
  private renderInNextTask(): void {
    this.renderDeferred = true;
    setTimeout(() => {
      this.renderDeferred = false;
      this.refresh();
      // The copy just applied stays in memory while the concept is open: give back what decoding over-allocated,
      // once the page is idle (60 ms for 300 measures on a slow machine: not before the first render shows).
      whenIdle(
        () => {
          if (!this.destroyed) trimLoadedDoc(this.doc);
        },
        3000,
        1000,
      );
    }, 0);
  }

  // No server to wait for (closed, unreachable): show what this device has, empty as it may be.
  private onNoServer = () => {
    if (this.loaded || !this.deviceLoaded) return;
    clearTimeout(this.firstVisitDeadline);
    this.loaded = true;
    this.refresh();
  };

  private onClosed = (event: { code: number; reason: string }) => {
    const stopped = closeStatus(event.code, event.reason);
    if (stopped) this.stoppedReason = event.reason;
    this.stopped = stopped ?? this.stopped;
    this.refresh();
  };

  private onOnline = () => {
    // Before the device's copy is loaded, `connectOnceLoaded` connects once it is.
    if (!this.stopped && this.mayConnect) this.provider.connect();
    this.refresh();
  };

  // Browsers do not always close an open socket when the network goes away; stop trying until it returns.
  private onOffline = () => {
    this.provider.disconnect();
    this.onNoServer();
    this.refresh();
  };

  private onBeforeUnload = (event: BeforeUnloadEvent) => {
    if (!this.unsafe) return;
    event.preventDefault();
    // For browsers that only ask when returnValue is set (Chrome before 119).
    event.returnValue = true;
  };

  private computeStatus(): ConnectionStatus {
    if (this.stopped) return this.stopped;
    // Without the server, only this device keeps the edits: say so until it has them.
    const device = this.writes.failed ? 'unstored' : this.writes.settling ? 'storing' : undefined;
    if (!navigator.onLine) return device ?? 'offline';
    if (!this.loaded) return 'loading';
    if (!this.provider.wsconnected) {
      return device ?? (this.everConnected ? 'reconnecting' : 'connecting');
    }
    return this.provider.synced && !this.saves.pending ? 'saved' : 'saving';
  }

  private refresh = () => {
    const next = this.computeStatus();
    this.unsynced.update(this.saves.unconfirmed, next === 'saved');
    if (next === this.status && this.lastReady === this.ready) return;
    this.status = next;
    this.lastReady = this.ready;
    for (const listener of this.listeners) listener();
  };
}
