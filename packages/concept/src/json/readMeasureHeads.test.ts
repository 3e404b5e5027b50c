import { describe, expect, it } from 'vitest';
import type * as Y from 'yjs';
import { findEntity } from '../model/entityStore.ts';
import { MEASURES } from '../model/keys.ts';
import { sampleConcept } from '../sample/sampleConcept.ts';
import { deleteFieldOfAction } from '../verbs/fieldOfActionVerbs.ts';
import { deleteGoal } from '../verbs/goalVerbs.ts';
import { fromJSON } from './fromJSON.ts';
import { readMeasureHeads, readMeasures } from './readers.ts';

const heads = (doc: Y.Doc) =>
  readMeasures(doc).map(({ id, code, title, primaryFieldId, status, goalIds }) => ({
    id,
    code,
    title,
    primaryFieldId,
    status,
    goalIds,
  }));

describe('readMeasureHeads', () => {
  it('reads every head of a large concept as readMeasures reads it', () => {
    const doc = fromJSON(sampleConcept({ fields: 12, goals: 60, measures: 300 }));
    const read = readMeasureHeads(doc);
    expect(read).toHaveLength(300);
    expect(read).toEqual(heads(doc));
    expect(Object.keys(read[0] as object).sort()).toEqual([
      'code',
      'goalIds',
      'id',
      'primaryFieldId',
      'status',
      'title',
    ]);
  });

  it('repairs, drops dangling links and makes codes unique the same way', () => {
    const concept = sampleConcept();
    const doc = fromJSON(concept);
    const [first, second, third] = concept.measures;
    if (!first || !second || !third) throw new Error('the sample has three measures');
    const entity = (id: string) => findEntity(doc, MEASURES, id) as Y.Map<unknown>;
    doc.transact(() => {
      // What a raw client or an older build may have stored.
      entity(first.id).set('status', 'erledigt?');
      entity(first.id).set('title', 'x'.repeat(900));
      entity(second.id).set('code', first.code);
      entity(third.id).set('primaryFieldId', 'gibt-es-nicht');
      entity(third.id).delete('code');
    });
    const goal = first.goalIds[0];
    if (goal) deleteGoal(doc, goal, 'delete');
    const field = second.primaryFieldId;
    if (field) deleteFieldOfAction(doc, field);
    const read = readMeasureHeads(doc);
    expect(read).toEqual(heads(doc));
    expect(read[0]?.status).toBe('idea');
    expect(read[0]?.title).toHaveLength(500);
    expect(read[1]?.code).toBe(`${first.code}-2`);
    expect(read[2]?.primaryFieldId).toBeNull();
    if (goal) expect(read[0]?.goalIds).not.toContain(goal);
    if (field) expect(read[1]?.primaryFieldId).toBeNull();
  });
});
