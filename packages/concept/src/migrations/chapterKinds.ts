import * as Y from 'yjs';
import { CHAPTERS } from '../model/keys.ts';
import type { Migration } from './Migration.ts';

// Frozen here rather than read from chapterKind.ts: a migration must do the same thing however that changes later.
const KIND = 'kind';
const KEY = 'key';
const KIND_OF_KEY: Readonly<Record<string, string>> = {
  leitbild: 'vision',
  ziele: 'goals',
  handlungsfelder: 'fieldsOfAction',
  massnahmen: 'measures',
  'akteure-netzwerk': 'actors',
  beteiligung: 'participation',
};

function keyOf(chapter: Y.Map<unknown>): string {
  const key = chapter.get(KEY);
  return key instanceof Y.Text ? key.toString() : typeof key === 'string' ? key : '';
}

/**
 * Version 7: every chapter stores its kind (`text`, or the structured part it introduces), so a concept opened
 * without its template still knows which chapter is the Leitbild's place. A chapter without one gets the kind
 * its key stood for (leitbild → vision, ziele → goals, handlungsfelder → fieldsOfAction, massnahmen → measures,
 * akteure-netzwerk → actors, beteiligung → participation), every other chapter `text`. No text moves: the old
 * Leitbild chapter's body becomes the introduction, the vision stays beneath it, so where both hold text both
 * are kept, one after the other. A kind a chapter already has (set offline meanwhile) stays.
 */
export const chapterKinds: Migration = {
  version: 7,
  name: 'chapter-kinds',
  migrate(doc) {
    for (const chapter of doc.getMap<unknown>(CHAPTERS).values()) {
      if (!(chapter instanceof Y.Map) || typeof chapter.get(KIND) === 'string') continue;
      chapter.set(KIND, Object.hasOwn(KIND_OF_KEY, keyOf(chapter)) ? KIND_OF_KEY[keyOf(chapter)] : 'text');
    }
  },
};
