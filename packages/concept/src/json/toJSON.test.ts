import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { buildConcept, replicaOf, syncDocs } from '../../test/factories.ts';
import { sampleConcept } from '../sample/sampleConcept.ts';
import { addGoal, moveGoal } from '../verbs/goalVerbs.ts';
import { conceptJsonSchema } from './conceptJsonSchema.ts';
import { fromJSON, parseConceptJSON } from './fromJSON.ts';
import { toJSON } from './toJSON.ts';

describe('toJSON', () => {
  it('produces valid Concept JSON for an empty doc', () => {
    const json = toJSON(new Y.Doc());
    expect(conceptJsonSchema.safeParse(json).success).toBe(true);
    expect(() => parseConceptJSON(json)).not.toThrow();
  });

  it('lists goals in tree order (pre-order), whatever their insertion order', () => {
    const { doc, goals } = buildConcept();
    const late = addGoal(doc, { title: 'Zweites Mittlerziel', parentId: goals.leitziel }, 0);
    expect(toJSON(doc).goals.map((g) => g.id)).toEqual([
      goals.leitziel,
      late,
      goals.mittlerziel,
      goals.handlungsziel1,
      goals.handlungsziel2,
    ]);
  });

  it('is a fixpoint of fromJSON: toJSON(fromJSON(toJSON(doc))) equals toJSON(doc)', () => {
    const { doc } = buildConcept();
    const json = toJSON(doc);
    expect(toJSON(fromJSON(json))).toEqual(json);
  });

  it('round-trips the sample concept of every size', () => {
    for (const options of [
      {},
      { fields: 1, goals: 2, measures: 1 },
      { fields: 12, goals: 60, measures: 120, seed: 3 },
    ]) {
      const json = toJSON(fromJSON(sampleConcept(options)));
      expect(toJSON(fromJSON(json))).toEqual(json);
      expect(json.measures).toHaveLength(sampleConcept(options).measures.length);
    }
  });

  it('gives replicas with the same state the same JSON, even after concurrent moves made a cycle', () => {
    const { doc, goals } = buildConcept();
    const other = replicaOf(doc);
    moveGoal(doc, goals.leitziel, null);
    const spare = addGoal(other, { title: 'Spare' });
    moveGoal(other, goals.mittlerziel, spare);
    syncDocs(doc, other);
    const json = toJSON(doc);
    expect(toJSON(other)).toEqual(json);
    expect(toJSON(fromJSON(json))).toEqual(json);
  });
});
