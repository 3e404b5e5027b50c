import { readStamp } from './readStamp.ts';

/** What one watcher (moderator or wall) saw: the delay from sending to its first sight of each proposal. */
export class StampLog {
  readonly #delays = new Map<string, number>();

  /** Notes that a proposal with `text` was seen at `at`; later sightings of the same tag are ignored. */
  note(text: string, at: number): void {
    const stamp = readStamp(text);
    if (!stamp || this.#delays.has(stamp.tag)) return;
    this.#delays.set(stamp.tag, at - stamp.sentAt);
  }

  get count(): number {
    return this.#delays.size;
  }

  /** The delays in ms, ascending. */
  delays(): Float64Array {
    return Float64Array.from(this.#delays.values()).sort();
  }
}
