import * as Y from 'yjs';
import type { SampleRandom } from '../src/sample/sampleRandom.ts';

interface Message {
  from: Y.Doc;
  update: Uint8Array;
}

/**
 * In-memory replicas connected like Yjs's own test helper: every update a doc emits is queued for each other
 * doc and delivered later in shuffled order; some are dropped and only recovered by a final state-vector sync,
 * and a replica can go offline (it neither sends nor receives) for a while.
 */
export class TestNetwork {
  readonly docs: Y.Doc[];
  private readonly inbox = new Map<Y.Doc, Message[]>();
  private readonly offline = new Set<Y.Doc>();
  dropped = 0;

  constructor(docs: Y.Doc[]) {
    this.docs = docs;
    for (const doc of docs) {
      this.inbox.set(doc, []);
      doc.on('update', (update: Uint8Array, origin: unknown) => {
        if (origin === this) return;
        for (const other of docs) if (other !== doc) this.inbox.get(other)?.push({ from: doc, update });
      });
    }
  }

  /** Takes `doc` offline (or back online); its messages wait until it is online again. */
  setOffline(doc: Y.Doc, offline: boolean): void {
    if (offline) this.offline.add(doc);
    else this.offline.delete(doc);
  }

  /** Delivers a random share of the waiting messages in random order, dropping each with `dropRate`. */
  deliverSome(random: SampleRandom, dropRate: number): void {
    for (const doc of this.docs) {
      if (this.offline.has(doc)) continue;
      const waiting = this.inbox.get(doc) ?? [];
      const ready = shuffle(
        waiting.filter((m) => !this.offline.has(m.from)),
        random,
      );
      const count = random.int(0, ready.length);
      const delivered = new Set(ready.slice(0, count));
      this.inbox.set(
        doc,
        waiting.filter((m) => !delivered.has(m)),
      );
      for (const message of delivered) {
        if (random.next() < dropRate) this.dropped++;
        else Y.applyUpdate(doc, message.update, this);
      }
    }
  }

  /** Syncs `doc` with every online replica by state vectors, as a provider does when it reconnects. */
  reconnect(doc: Y.Doc): void {
    this.offline.delete(doc);
    for (const other of this.docs) {
      if (other === doc || this.offline.has(other)) continue;
      Y.applyUpdate(other, Y.encodeStateAsUpdate(doc, Y.encodeStateVector(other)), this);
      Y.applyUpdate(doc, Y.encodeStateAsUpdate(other, Y.encodeStateVector(doc)), this);
    }
  }

  /** Brings everyone online, delivers every waiting message in random order, then syncs state vectors. */
  settle(random: SampleRandom): void {
    this.offline.clear();
    for (const doc of this.docs) {
      for (const message of shuffle(this.inbox.get(doc) ?? [], random))
        Y.applyUpdate(doc, message.update, this);
      this.inbox.set(doc, []);
    }
    // Dropped messages are recovered the way a reconnecting provider does: sync step 1 and 2.
    for (let pass = 0; pass < 2; pass++) {
      for (const from of this.docs) {
        for (const to of this.docs) {
          if (from !== to) Y.applyUpdate(to, Y.encodeStateAsUpdate(from, Y.encodeStateVector(to)), this);
        }
      }
    }
  }
}

/** A shuffled copy of `items` (Fisher–Yates with the seeded generator). */
export function shuffle<T>(items: readonly T[], random: SampleRandom): T[] {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = random.int(0, i);
    [out[i], out[j]] = [out[j] as T, out[i] as T];
  }
  return out;
}
