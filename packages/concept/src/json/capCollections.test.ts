import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { buildConcept } from '../../test/factories.ts';
import { addChapter } from '../verbs/chapterVerbs.ts';
import { addFieldOfAction } from '../verbs/fieldOfActionVerbs.ts';
import { updateMeasure } from '../verbs/measureVerbs.ts';
import { fromJSON, parseConceptJSON } from './fromJSON.ts';
import { toJSON } from './toJSON.ts';

describe('collections beyond Concept JSON’s limits', () => {
  it('keep the first ones and drop the links to the rest, so the backup still imports', () => {
    const { doc, measures } = buildConcept();
    const extra = Array.from({ length: 200 }, (_, i) => addFieldOfAction(doc, { title: `Feld ${i}` }));
    for (let i = 0; i < 201; i++) addChapter(doc, { title: `Kapitel ${i}` });
    updateMeasure(doc, measures.turnier, { primaryFieldId: extra[199] as string });
    const repairs: string[] = [];
    const json = toJSON(doc, { onRepair: (path) => repairs.push(path) });
    expect(repairs).toEqual(['chapters', 'fieldsOfAction']);
    expect(json.chapters).toHaveLength(200);
    expect(json.fieldsOfAction).toHaveLength(200);
    expect(json.measures.find((m) => m.id === measures.turnier)?.primaryFieldId).toBeNull();
    expect(() => parseConceptJSON(json)).not.toThrow();
    expect(toJSON(fromJSON(json, new Y.Doc()))).toEqual(json);
  });
});
