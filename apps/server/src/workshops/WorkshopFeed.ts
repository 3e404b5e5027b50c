import { readWorkshopView } from '@werkbank/concept';
import type * as Y from 'yjs';
import type { Room } from '../sync/Room.ts';
import type { EventStream, StreamEnd } from './EventStream.ts';
import { isWorkshopChange } from './isWorkshopChange.ts';
import type { ProjectionBatch } from './ProjectionBatch.ts';
import { type ProjectionText, projectionTexts } from './projectionTexts.ts';

/** What a feed needs besides its streams. */
export interface FeedOptions {
  workshopId: string;
  projections: ProjectionBatch;
  coalesceMs: number;
  keepAliveMs: number;
  /** The last stream left, or the feed ended: the hub forgets it and releases the room. */
  onEmpty(): void;
}

/**
 * The event streams of one workshop. Changes to the doc (participants' writes, moderators' sync) coalesce for
 * `coalesceMs`, then the workshop is read once and each participant's projection cut from it and sent to
 * their streams (several tabs share one): a burst of changes costs one round, not one per change.
 */
export class WorkshopFeed {
  readonly streams = new Set<EventStream>();
  readonly #room: Room;
  readonly #options: FeedOptions;
  readonly #onTransaction: (transaction: Y.Transaction) => void;
  readonly #keepAlive: NodeJS.Timeout;
  #timer: NodeJS.Timeout | null = null;
  #lastFlushMs = 0;
  #lastWall = '';
  #stopped = false;

  constructor(room: Room, options: FeedOptions) {
    this.#room = room;
    this.#options = options;
    this.#onTransaction = (transaction) => {
      if (isWorkshopChange(room.doc, transaction)) this.changed();
    };
    room.doc.on('afterTransaction', this.#onTransaction);
    this.#keepAlive = setInterval(() => this.#tick(), options.keepAliveMs);
    this.#keepAlive.unref();
  }

  /** Adds a stream and sends it the current state right away (streams opening together share one read). */
  add(stream: EventStream): void {
    this.streams.add(stream);
    this.#options.projections.request(this.#room.doc, this.#options.workshopId, stream.participantId).then(
      (text) => stream.sendState(text, true),
      () => this.end('workshop-not-found'),
    );
  }

  remove(stream: EventStream): void {
    if (this.streams.delete(stream) && this.streams.size === 0) this.#stop();
  }

  /** Schedules a send round; changes until then ride along. A slow round spaces the next one further. */
  changed(): void {
    if (this.#timer) return;
    this.#timer = setTimeout(() => this.#flush(), Math.max(this.#options.coalesceMs, this.#lastFlushMs));
  }

  /** Ends the streams of `linkId` (a revoked link). */
  closeLink(linkId: string, reason: StreamEnd): void {
    for (const stream of [...this.streams]) if (stream.link.id === linkId) stream.end(reason);
  }

  /** Ends every stream; the feed is done. */
  end(reason: StreamEnd): void {
    const streams = [...this.streams];
    this.streams.clear();
    for (const stream of streams) stream.end(reason);
    this.#stop();
  }

  #flush(): void {
    this.#timer = null;
    const started = performance.now();
    try {
      const view = readWorkshopView(this.#room.doc, this.#options.workshopId);
      const participants = [...this.streams].map((stream) => stream.participantId);
      const { wall, texts } = projectionTexts(view, participants);
      const viewChanged = wall !== this.#lastWall;
      this.#lastWall = wall;
      for (const stream of this.streams) {
        stream.sendState(texts.get(stream.participantId) as ProjectionText, viewChanged);
      }
    } catch {
      this.end('workshop-not-found');
    }
    this.#lastFlushMs = performance.now() - started;
  }

  #tick(): void {
    for (const stream of this.streams) stream.keepAlive();
  }

  #stop(): void {
    if (this.#stopped) return;
    this.#stopped = true;
    if (this.#timer) clearTimeout(this.#timer);
    this.#timer = null;
    clearInterval(this.#keepAlive);
    this.#room.doc.off('afterTransaction', this.#onTransaction);
    this.#options.onEmpty();
  }
}
