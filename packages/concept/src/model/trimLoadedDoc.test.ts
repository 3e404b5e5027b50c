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

  it('empty key maps and observer lists of a trimmed copy fill on first use, as the real ones do', () => {
    const trimmed = loaded(update);
    trimLoadedDoc(trimmed);
    const plain = loaded(update);
    const seen = (doc: Y.Doc) => {
      const events: string[] = [];
      const measure = [...doc.getMap<Y.Map<unknown>>('measures').values()][0] as Y.Map<unknown>;
      const goals = measure.get('goalIds') as Y.Map<boolean>;
      const title = measure.get('title') as Y.Text;
      const body = measure.get('description') as Y.XmlFragment;
      const onGoals = (event: Y.YMapEvent<boolean>) => events.push(`goals ${[...event.keysChanged].join()}`);
      goals.observe(onGoals);
      title.observe((event) => events.push(`title ${JSON.stringify(event.delta)}`));
      body.observeDeep((changes) => events.push(`body ${changes.length}`));
      measure.observeDeep((changes) => events.push(`measure ${changes.length}`));
      doc.transact(() => {
        for (const key of [...goals.keys()]) goals.delete(key);
        goals.set('goal-neu', true);
        title.insert(0, 'Neu: ');
        const paragraph = new Y.XmlElement('paragraph');
        paragraph.setAttribute('textAlign', 'center');
        paragraph.insert(0, [new Y.XmlText('Absatz')]);
        body.insert(0, [paragraph]);
      });
      goals.unobserve(onGoals);
      goals.set('goal-danach', true);
      const first = body.get(0) as Y.XmlElement;
      return {
        events,
        goals: [...goals.keys()],
        size: goals.size,
        attributes: first.getAttributes(),
        json: goals.toJSON(),
      };
    };
    const fromTrimmed = seen(trimmed);
    expect(fromTrimmed).toEqual(seen(plain));
    expect(fromTrimmed.events.length).toBeGreaterThan(3);
    // Both copies made the same kind of edits; their content reads the same.
    expect(toJSON(trimmed)).toEqual(toJSON(plain));
  });

  it('a trimmed copy sends and takes edits of every kind like an untrimmed one', () => {
    const trimmed = loaded(update);
    trimLoadedDoc(trimmed);
    const plain = loaded(update);
    const editor = loaded(update);
    editor.transact(() => {
      for (const measure of [...editor.getMap<Y.Map<unknown>>('measures').values()].slice(0, 10)) {
        (measure.get('phenomenonIds') as Y.Map<boolean>).set('phenomenon-x', true);
        (measure.get('lead') as Y.Text).insert(0, 'Amt für Integration, ');
        const body = measure.get('description') as Y.XmlFragment;
        const first = body.get(0);
        if (first instanceof Y.XmlElement) first.setAttribute('textAlign', 'right');
        measure.delete('funding');
      }
    });
    const edits = Y.encodeStateAsUpdate(editor, Y.encodeStateVector(plain));
    Y.applyUpdate(trimmed, edits);
    Y.applyUpdate(plain, edits);
    expect(toJSON(trimmed)).toEqual(toJSON(plain));
    expect(Y.encodeStateAsUpdate(trimmed)).toEqual(Y.encodeStateAsUpdate(plain));
    // Back the other way: an edit made on the trimmed copy reaches an untrimmed one.
    const measure = [...trimmed.getMap<Y.Map<unknown>>('measures').values()][3] as Y.Map<unknown>;
    (measure.get('secondaryFieldIds') as Y.Map<boolean>).set('field-2', true);
    Y.applyUpdate(plain, Y.encodeStateAsUpdate(trimmed, Y.encodeStateVector(plain)));
    expect(toJSON(plain)).toEqual(toJSON(trimmed));
  });

  it('trimming twice changes nothing more', () => {
    const doc = loaded(update);
    trimLoadedDoc(doc);
    trimLoadedDoc(doc);
    expect(Y.encodeStateAsUpdate(doc)).toEqual(update);
    expect(toJSON(doc)).toEqual(toJSON(loaded(update)));
  });
});
