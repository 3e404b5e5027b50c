import * as Y from 'yjs';
import type { SampleRandom } from '../src/sample/sampleRandom.ts';

const ENUM_VALUES = [
  'kreis',
  'gemeinde',
  'Gemeinde',
  'draft',
  'final',
  'review',
  'idea',
  'adopted',
  'done',
  'high',
  'low',
  'politics',
  'other',
  'collect',
  'vote',
  'closed',
  'pending',
  'visible',
  'hidden',
  'immediate',
  'moderated',
  'promoted',
  'rejected',
];
const SPECIAL_NUMBERS = [Number.NaN, Infinity, -Infinity, -0, 1e13, 2 ** 31, Number.MAX_SAFE_INTEGER, 0.5];
const EMOJI = '😀';

/** A string of random length and kind, sometimes at or over a schema limit, with surrogate pairs at the cut. */
export function rawString(r: SampleRandom): string {
  switch (r.int(0, 9)) {
    case 0:
      return '';
    case 1:
      return r.pick(ENUM_VALUES);
    case 2:
      return r.pick(['2025-01-01', '2025-13-45', '1.1.2025', '2025-1-1', ' ']);
    case 3:
      // At and just over the limits, which count an emoji as one character.
      return r.next() < 0.5
        ? `${'x'.repeat(r.pick([31, 63, 119, 499, 1_999, 19_999]))}${EMOJI}${EMOJI}`
        : EMOJI.repeat(r.pick([32, 33, 64, 65, 500, 501, 2_001]));
    case 4:
      return 'ü'.repeat(r.int(400, 3_000));
    case 5:
      return r.next() < 0.3 ? `${EMOJI}a`.repeat(r.int(30_000, 120_000)) : 'Ä'.repeat(r.int(20_001, 40_000));
    case 6:
      return `\u0000<p>${r.int(0, 99)}</p>`;
    default:
      return `Wert ${r.int(0, 999)}`;
  }
}

/** A number as a raw client could store it: ints, floats, negatives, huge, NaN, ±Infinity, -0. */
export function rawNumber(r: SampleRandom): number {
  if (r.next() < 0.3) return r.pick(SPECIAL_NUMBERS);
  return r.next() < 0.5 ? r.int(-1_000, 1_000) : (r.next() - 0.3) * 200;
}

/** Any value Yjs can store in a map or array, of a random type. */
export function rawValue(r: SampleRandom, ids: readonly string[], depth = 0): unknown {
  switch (r.int(0, 13)) {
    case 0:
    case 1:
      return rawString(r);
    case 2:
      return ids.length > 0 ? r.pick(ids) : 'fehlt';
    case 3:
    case 4:
      return rawNumber(r);
    case 5:
      return r.next() < 0.5;
    case 6:
      return null;
    case 7:
      return undefined;
    case 8:
      return depth > 1 ? 1 : Array.from({ length: r.int(0, 3) }, () => rawValue(r, ids, depth + 1));
    case 9:
      return depth > 1
        ? {}
        : Object.fromEntries(
            Array.from({ length: r.int(0, 3) }, (_, i) => [
              r.pick(['id', 'name', 'body', `k${i}`]),
              rawValue(r, ids, depth + 1),
            ]),
          );
    case 10:
      return new Uint8Array([1, 2, r.int(0, 255)]);
    case 11:
      return BigInt(r.int(-5, 5));
    default:
      return depth > 0 ? 'tief' : rawYType(r);
  }
}

/** A value for a list insert, which takes neither `undefined` nor a bigint at the top (a map set does). */
export function rawItem(r: SampleRandom, ids: readonly string[]): unknown {
  const value = rawValue(r, ids);
  return value === undefined ? null : typeof value === 'bigint' ? [value] : value;
}

function rawYType(r: SampleRandom): unknown {
  switch (r.int(0, 4)) {
    case 0: {
      const map = new Y.Map<unknown>();
      map.set('id', `neu-${r.int(0, 9)}`);
      return map;
    }
    case 1:
      return Y.Array.from(['a', 1]);
    case 2:
      return new Y.Text(`Text ${r.int(0, 9)}`);
    case 3:
      return new Y.Doc();
    default:
      return new Y.XmlFragment();
  }
}
