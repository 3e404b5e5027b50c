import type { ServerResponse } from 'node:http';
import type { Link } from '../store/LinkStore.ts';
import type { Rooms } from '../sync/Rooms.ts';
import { EventStream } from './EventStream.ts';
import { ProjectionBatch } from './ProjectionBatch.ts';
import { WorkshopFeed } from './WorkshopFeed.ts';
import type { WorkshopLimits } from './WorkshopLimits.ts';
import { WorkshopParticipants } from './WorkshopParticipants.ts';

function keyOf(conceptId: string, workshopId: string): string {
  return `${conceptId}/${workshopId}`;
}

/**
 * The live side of workshops: one feed per workshop with open event streams, each holding its concept in
 * memory, and who takes part (for the participant limit).
 */
export class WorkshopHub {
  readonly #rooms: Rooms;
  readonly #limits: WorkshopLimits;
  readonly #feeds = new Map<string, WorkshopFeed>();
  readonly participants = new WorkshopParticipants();
  readonly projections = new ProjectionBatch();

  constructor(rooms: Rooms, limits: WorkshopLimits) {
    this.#rooms = rooms;
    this.#limits = limits;
  }

  /** Open event streams, across all workshops. */
  get streamCount(): number {
    let count = 0;
    for (const feed of this.#feeds.values()) count += feed.streams.size;
    return count;
  }

  /** Turns `res` into an event stream of the workshop and sends it the current state. */
  open(
    conceptId: string,
    workshopId: string,
    res: ServerResponse,
    link: Link,
    participantId: string | undefined,
  ): EventStream {
    const feed = this.#feed(conceptId, workshopId);
    const stream = new EventStream(res, link, participantId, () => feed.remove(stream));
    stream.open();
    feed.add(stream);
    return stream;
  }

  #feed(conceptId: string, workshopId: string): WorkshopFeed {
    const key = keyOf(conceptId, workshopId);
    let feed = this.#feeds.get(key);
    if (!feed) {
      const hold = this.#rooms.hold(conceptId, (reason) => this.#feeds.get(key)?.end(reason));
      const created = new WorkshopFeed(hold.room, {
        workshopId,
        projections: this.projections,
        coalesceMs: this.#limits.coalesceMs,
        keepAliveMs: this.#limits.keepAliveMs,
        onEmpty: () => {
          if (this.#feeds.get(key) === created) this.#feeds.delete(key);
          hold.release();
        },
      });
      feed = created;
      this.#feeds.set(key, feed);
    }
    return feed;
  }

  /** Ends the open streams of a revoked link at once. */
  closeLink(conceptId: string, linkId: string): void {
    for (const [key, feed] of this.#feeds) {
      if (key.startsWith(`${conceptId}/`)) feed.closeLink(linkId, 'token-revoked');
    }
  }
}
