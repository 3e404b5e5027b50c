import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { fromJSON } from '../json/fromJSON.ts';
import { toJSON } from '../json/toJSON.ts';
import { sampleConcept } from '../sample/sampleConcept.ts';
import { trimLoadedDoc } from './trimLoadedDoc.ts';

function loaded(update: Uint8Array): Y.Doc {
  const doc = new Y.Doc();
  Y.applyUpdate(doc, update);
  return doc;
}

function contentAnyArrays(doc: Y.Doc): unknown[][] {
  const arrays: unknown[][] = [];
  for (const structs of doc.store.clients.values())
    for (const s of structs)
      if (s instanceof Y.Item && s.content instanceof Y.ContentAny) arrays.push(s.content.arr);
  return arrays;
}

describe('trimLoadedDoc', () => {
  const update = Y.encodeStateAsUpdate(fromJSON(sampleConcept()));

  it('replaces every value array and leaves the document as it was', () => {
    const doc = loaded(update);
    const before = contentAnyArrays(doc);
    expect(before.length).toBeGreaterThan(100);
    trimLoadedDoc(doc);
    const after = contentAnyArrays(doc);
    expect(after).toHaveLength(before.length);
    after.forEach((arr, i) => {
      expect(arr).not.toBe(before[i]);
      expect(arr).toEqual(before[i]);
    });
    expect(Y.encodeStateAsUpdate(doc)).toEqual(update);
    expect(toJSON(doc)).toEqual(toJSON(loaded(update)));
  });

  it('edits after trimming merge as they do on an untrimmed copy', () => {
    const trimmed = loaded(update);
    trimLoadedDoc(trimmed);
    const plain = loaded(update);
    const editor = loaded(update);
    // Overwrite map values, insert into and delete from arrays (splitting items), as later edits do.
    let arraysEdited = 0;
    editor.transact(() => {
      editor.getMap('meta').set('title', 'Neuer Titel');
      const measures = editor.getMap<Y.Map<unknown>>('measures');
      for (const measure of [...measures.values()].slice(0, 5)) {
        measure.set('status', 'planned');
        const partners = measure.get('partners');
        if (partners instanceof Y.Array) {
          partners.insert(Math.min(1, partners.length), ['Jugendamt']);
          arraysEdited++;
          if (partners.length > 2) partners.delete(0, 1);
        }
      }
    });
    expect(arraysEdited).toBeGreaterThan(0);
    const edits = Y.encodeStateAsUpdate(editor, Y.encodeStateVector(plain));
    Y.applyUpdate(trimmed, edits);
    Y.applyUpdate(plain, edits);
    expect(toJSON(trimmed)).toEqual(toJSON(plain));
    expect(Y.encodeStateAsUpdate(trimmed)).toEqual(Y.encodeStateAsUpdate(plain));
  });
});
