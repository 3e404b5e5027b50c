import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { buildConcept, buildVotingWorkshop, conceptErrorOf } from '../../test/factories.ts';
import type { ConceptJSON } from '../json/conceptJsonSchema.ts';
import { parseConceptJSON } from '../json/fromJSON.ts';
import { readFieldsOfAction, readMeasures } from '../json/readers.ts';
import { toJSON } from '../json/toJSON.ts';
import { collection, findEntity } from '../model/entityStore.ts';
import type { CollectionKey } from '../model/keys.ts';
import { FIELDS_OF_ACTION, GOALS, MEASURES, PROPOSALS, WORKSHOPS } from '../model/keys.ts';
import {
  addFieldOfAction,
  deleteFieldOfAction,
  moveFieldOfAction,
  updateFieldOfAction,
} from './fieldOfActionVerbs.ts';
import { updateGoal } from './goalVerbs.ts';
import { addMeasure } from './measureVerbs.ts';
import { restoreFromTrash } from './trashVerbs.ts';
import { updateWorkshop } from './workshopVerbs.ts';

/** Every field id stored anywhere (not only what readers show), to prove nothing points nowhere. */
function storedFieldRefs(doc: Y.Doc): string[] {
  const refs: string[] = [];
  const fromSet = (key: CollectionKey, field: string) => {
    for (const entity of collection(doc, key).values()) {
      const set = entity.get(field);
      if (set instanceof Y.Map) refs.push(...set.keys());
    }
  };
  for (const m of collection(doc, MEASURES).values()) refs.push(m.get('primaryFieldId') as string);
  for (const p of collection(doc, PROPOSALS).values()) refs.push(p.get('fieldId') as string);
  fromSet(MEASURES, 'secondaryFieldIds');
  fromSet(GOALS, 'fieldIds');
  fromSet(WORKSHOPS, 'fieldIds');
  return refs.filter((ref) => ref !== null);
}

function measureFields(json: ConceptJSON): [string | null, string[]][] {
  return json.measures.map((m) => [m.primaryFieldId, m.secondaryFieldIds]);
}

describe('addFieldOfAction / updateFieldOfAction / moveFieldOfAction', () => {
  it('adds, changes and reorders fields of action', () => {
    const doc = new Y.Doc();
    const a = addFieldOfAction(doc, { title: 'Sport', description: 'Vereine' });
    const b = addFieldOfAction(doc, { title: 'Kultur' });
    const c = addFieldOfAction(doc, { title: 'Politische Bildung' }, 0);
    updateFieldOfAction(doc, b, { description: 'Theater und Museen' });
    moveFieldOfAction(doc, a, 2);
    expect(readFieldsOfAction(doc)).toEqual([
      { id: c, title: 'Politische Bildung', description: '' },
      { id: b, title: 'Kultur', description: 'Theater und Museen' },
      { id: a, title: 'Sport', description: 'Vereine' },
    ]);
  });

  it('refuses invalid input and unknown ids', () => {
    const doc = new Y.Doc();
    expect(conceptErrorOf(() => addFieldOfAction(doc, { title: 7 as never }))).toMatchObject({
      code: 'invalid-input',
      path: 'fieldsOfAction.title',
    });
    expect(conceptErrorOf(() => updateFieldOfAction(doc, 'x', { title: 'y' })).code).toBe('not-found');
    expect(conceptErrorOf(() => moveFieldOfAction(doc, 'x', 0)).code).toBe('not-found');
  });
});

describe('deleteFieldOfAction', () => {
  function everywhere() {
    const built = buildConcept();
    const { doc, fields } = built;
    updateGoal(doc, built.goals.leitziel, { fieldIds: [fields.sport, fields.kultur] });
    const { workshop, proposals } = buildVotingWorkshop(doc, fields.sport);
    updateWorkshop(doc, workshop, { fieldIds: [fields.sport] });
    return { ...built, workshop, proposals };
  }

  it('without reassignTo: no reader shows a reference to the field while it lies in the Papierkorb', () => {
    const { doc, fields, goals } = everywhere();
    const before = toJSON(doc);
    deleteFieldOfAction(doc, fields.sport, null, { by: 'Kim' });
    const json = toJSON(doc);
    expect(json.fieldsOfAction.map((f) => f.id)).toEqual([fields.bildung, fields.kultur]);
    expect(measureFields(json)).toEqual([
      [fields.bildung, []],
      [null, []],
    ]);
    expect(json.goals.find((g) => g.id === goals.leitziel)?.fieldIds).toEqual([fields.kultur]);
    expect(json.goals.find((g) => g.id === goals.handlungsziel1)?.fieldIds).toEqual([fields.bildung]);
    expect(json.workshops[0]?.fieldIds).toEqual([]);
    expect(json.workshops[0]?.proposals.map((p) => p.fieldId)).toEqual([null, null]);
    expect(() => parseConceptJSON(json)).not.toThrow();
    // The links are kept for the way back: restored, the field is named everywhere it was before.
    expect(storedFieldRefs(doc)).toContain(fields.sport);
    expect(restoreFromTrash(doc, FIELDS_OF_ACTION, fields.sport)).toBe(1);
    expect(toJSON(doc)).toEqual(before);
  });

  it('with reassignTo: every reference moves to the other field', () => {
    const { doc, fields, goals } = everywhere();
    deleteFieldOfAction(doc, fields.sport, fields.kultur);
    const json = toJSON(doc);
    expect(measureFields(json)).toEqual([
      [fields.bildung, [fields.kultur]],
      [fields.kultur, []],
    ]);
    expect(json.goals.find((g) => g.id === goals.leitziel)?.fieldIds).toEqual([fields.kultur]);
    expect(json.goals.find((g) => g.id === goals.handlungsziel1)?.fieldIds).toEqual(
      [fields.bildung, fields.kultur].sort(),
    );
    expect(json.workshops[0]?.fieldIds).toEqual([fields.kultur]);
    expect(json.workshops[0]?.proposals.map((p) => p.fieldId)).toEqual([fields.kultur, fields.kultur]);
    expect(() => parseConceptJSON(json)).not.toThrow();
    // The move was asked for: restoring the field brings it back without the links that moved.
    expect(storedFieldRefs(doc)).not.toContain(fields.sport);
    restoreFromTrash(doc, FIELDS_OF_ACTION, fields.sport);
    expect(measureFields(toJSON(doc))).toEqual(measureFields(json));
  });

  it('with reassignTo the primary field: the secondary link is dropped, not duplicated', () => {
    const { doc, fields, measures } = everywhere();
    deleteFieldOfAction(doc, fields.sport, fields.bildung);
    const measure = toJSON(doc).measures.find((m) => m.id === measures.fortbildung);
    expect(measure).toMatchObject({ primaryFieldId: fields.bildung, secondaryFieldIds: [] });
  });

  it('with reassignTo itself: behaves as without reassignTo', () => {
    const { doc, fields } = everywhere();
    const before = toJSON(doc);
    deleteFieldOfAction(doc, fields.sport, fields.sport);
    expect(findEntity(doc, FIELDS_OF_ACTION, fields.sport)).toBeUndefined();
    expect(JSON.stringify(toJSON(doc))).not.toContain(fields.sport);
    restoreFromTrash(doc, FIELDS_OF_ACTION, fields.sport);
    expect(toJSON(doc)).toEqual(before);
  });

  it('refuses an unknown field or an unknown reassignTo and changes nothing', () => {
    const { doc, fields } = everywhere();
    const before = toJSON(doc);
    expect(conceptErrorOf(() => deleteFieldOfAction(doc, 'x')).code).toBe('not-found');
    expect(conceptErrorOf(() => deleteFieldOfAction(doc, fields.sport, 'x')).code).toBe('not-found');
    expect(toJSON(doc)).toEqual(before);
  });
});

describe('deleteFieldOfAction with a target the measure already lists second', () => {
  it('makes the target primary and drops it from the secondary fields', () => {
    const doc = new Y.Doc();
    const deleted = addFieldOfAction(doc, { title: 'Sport' });
    const target = addFieldOfAction(doc, { title: 'Kultur' });
    const measure = addMeasure(doc, {
      title: 'Aktionstag',
      primaryFieldId: deleted,
      secondaryFieldIds: [target],
    });
    deleteFieldOfAction(doc, deleted, target);
    const [read] = readMeasures(doc);
    expect(read?.id).toBe(measure);
    expect(read?.primaryFieldId).toBe(target);
    expect(read?.secondaryFieldIds).toEqual([]);
  });
});
