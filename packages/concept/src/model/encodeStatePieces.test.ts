import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { fromJSON } from '../json/fromJSON.ts';
import { toJSON } from '../json/toJSON.ts';
import { sampleConcept } from '../sample/sampleConcept.ts';
import { encodeStatePieces } from './encodeStatePieces.ts';

/** Applies each piece to a new doc; returns it and whether Yjs had to hold structs back after any piece. */
function applyPieces(pieces: Uint8Array[]): { doc: Y.Doc; heldBack: boolean } {
  const doc = new Y.Doc();
  let heldBack = false;
  for (const piece of pieces) {
    Y.applyUpdate(doc, piece);
    heldBack ||= doc.store.pendingStructs !== null || doc.store.pendingDs !== null;
  }
  return { doc, heldBack };
}

describe('encodeStatePieces', () => {
  it('cuts an imported concept into pieces that give the same document, none waiting for a later one', () => {
    const doc = fromJSON(sampleConcept({ fields: 6, goals: 20, measures: 60 }));
    const whole = Y.encodeStateAsUpdate(doc);
    const pieces = encodeStatePieces(doc, 500);
    const structs = [...doc.store.clients.values()].reduce((sum, s) => sum + s.length, 0);
    expect(pieces.length).toBe(Math.ceil(structs / 500));
    const { doc: copy, heldBack } = applyPieces(pieces);
    expect(heldBack).toBe(false);
    expect(Y.encodeStateAsUpdate(copy)).toEqual(whole);
    expect(toJSON(copy)).toEqual(toJSON(doc));
  });

  it('gives the same document for a concept many people edited, with deletions, in any piece size', () => {
    const doc = fromJSON(sampleConcept({ fields: 3, goals: 6, measures: 12 }));
    // Other people's sessions: each edits on a copy of its own and merges back, on top of each other's edits.
    for (let person = 0; person < 4; person++) {
      const other = new Y.Doc();
      Y.applyUpdate(other, Y.encodeStateAsUpdate(doc));
      other.transact(() => {
        const measures = other.getMap<Y.Map<unknown>>('measures');
        for (const [i, measure] of [...measures.values()].entries()) {
          if (i % 4 !== person) continue;
          const lead = measure.get('lead') as Y.Text;
          lead.insert(0, `Person ${person}: `);
          if (lead.length > 12) lead.delete(3, 4);
          measure.set('status', person % 2 === 0 ? 'planned' : 'running');
        }
        other.getMap('meta').set('title', `Titel von ${person}`);
      });
      Y.applyUpdate(doc, Y.encodeStateAsUpdate(other, Y.encodeStateVector(doc)));
    }
    expect(doc.store.clients.size).toBe(5);
    const whole = Y.encodeStateAsUpdate(doc);
    for (const size of [1, 7, 100, 1000, 100_000]) {
      const pieces = encodeStatePieces(doc, size);
      const { doc: copy } = applyPieces(pieces);
      expect(copy.store.pendingStructs).toBeNull();
      expect(copy.store.pendingDs).toBeNull();
      expect(Y.encodeStateAsUpdate(copy)).toEqual(whole);
      expect(toJSON(copy)).toEqual(toJSON(doc));
    }
  });

  it('keeps a small concept in one piece: the whole state', () => {
    const doc = fromJSON(sampleConcept({ fields: 1, goals: 1, measures: 1 }));
    expect(encodeStatePieces(doc)).toEqual([Y.encodeStateAsUpdate(doc)]);
    expect(encodeStatePieces(new Y.Doc())).toEqual([Y.encodeStateAsUpdate(new Y.Doc())]);
  });
});
