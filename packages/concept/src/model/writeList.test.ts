import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { replicaOf, syncDocs } from '../../test/factories.ts';
import { fromJSON } from '../json/fromJSON.ts';
import { readMeasures, readWorkshops } from '../json/readers.ts';
import { toJSON } from '../json/toJSON.ts';
import { addMeasure, updateMeasure } from '../verbs/measureVerbs.ts';
import { addWorkshop, updateWorkshop } from '../verbs/workshopVerbs.ts';
import { findEntity } from './entityStore.ts';
import { MEASURES } from './keys.ts';
import { writeList } from './writeList.ts';

function targetGroups(doc: Y.Doc, id: string): string[] {
  return readMeasures(doc).find((m) => m.id === id)?.targetGroups ?? [];
}

/** Two replicas of one measure with `groups` as its target groups. */
function twoReplicas(groups: string[]): { a: Y.Doc; b: Y.Doc; id: string } {
  const a = new Y.Doc();
  const id = addMeasure(a, { title: 'Fortbildung', targetGroups: groups });
  return { a, b: replicaOf(a), id };
}

describe('lists (target groups, partners, guiding questions) merge concurrent edits', () => {
  it('keeps both target groups that two people add at the same time', () => {
    const { a, b, id } = twoReplicas(['Eltern']);
    updateMeasure(a, id, { targetGroups: ['Eltern', 'Übungsleiter*innen'] });
    updateMeasure(b, id, { targetGroups: ['Eltern', 'Schulsozialarbeit'] });
    syncDocs(a, b);
    expect([...targetGroups(a, id)].sort()).toEqual(['Eltern', 'Schulsozialarbeit', 'Übungsleiter*innen']);
    expect(targetGroups(b, id)).toEqual(targetGroups(a, id));
  });

  it('keeps both effects when one person removes a target group while another adds one', () => {
    const { a, b, id } = twoReplicas(['Eltern', 'Vereine', 'Schulen']);
    updateMeasure(a, id, { targetGroups: ['Eltern', 'Schulen'] });
    updateMeasure(b, id, { targetGroups: ['Eltern', 'Vereine', 'Schulen', 'Jugendliche'] });
    syncDocs(a, b);
    expect(targetGroups(a, id)).toEqual(['Eltern', 'Schulen', 'Jugendliche']);
    expect(targetGroups(b, id)).toEqual(targetGroups(a, id));
  });

  it('merges partners and workshop guiding questions the same way', () => {
    const a = new Y.Doc();
    const measure = addMeasure(a, { partners: ['Sportbund'] });
    const workshop = addWorkshop(a, { guidingQuestions: ['Was fehlt?'] });
    const b = replicaOf(a);
    updateMeasure(a, measure, { partners: [] });
    updateMeasure(b, measure, { partners: ['Sportbund', 'Fanprojekt'] });
    updateWorkshop(a, workshop, { guidingQuestions: ['Wer fehlt?', 'Was fehlt?'] });
    updateWorkshop(b, workshop, { guidingQuestions: ['Was fehlt?', 'Was hilft?'] });
    syncDocs(a, b);
    for (const doc of [a, b]) {
      expect(readMeasures(doc)[0]?.partners).toEqual(['Fanprojekt']);
      expect(readWorkshops(doc)[0]?.guidingQuestions).toEqual(['Wer fehlt?', 'Was fehlt?', 'Was hilft?']);
    }
  });

  it('writes only what changed: rewriting the same list emits no update', () => {
    const { a, id } = twoReplicas(['Eltern', 'Schulen']);
    let updates = 0;
    a.on('update', () => updates++);
    updateMeasure(a, id, { targetGroups: ['Eltern', 'Schulen'] });
    expect(updates).toBe(0);
  });

  it('keeps the items around a change in place (common start and end stay untouched)', () => {
    const doc = new Y.Doc();
    const entity = doc.getMap<Y.Map<unknown>>('test').set('e', new Y.Map<unknown>());
    writeList(entity, 'items', ['a', 'b', 'c', 'd']);
    const list = entity.get('items') as Y.Array<string>;
    const deltas: unknown[] = [];
    list.observe((event) => deltas.push(event.changes.delta));
    // Verbs write in one transaction, so each write is one event.
    for (const items of [['a', 'x', 'y', 'd'], ['a', 'a', 'x', 'y', 'd'], []]) {
      doc.transact(() => writeList(entity, 'items', items));
    }
    expect(deltas).toEqual([
      [{ retain: 1 }, { insert: ['x', 'y'] }, { delete: 2 }],
      [{ retain: 1 }, { insert: ['a'] }],
      [{ delete: 5 }],
    ]);
  });
});

describe('lists stored as a plain array (documents from before lists were Y.Arrays)', () => {
  function legacyMeasure(groups: string[]): { doc: Y.Doc; id: string } {
    const doc = new Y.Doc();
    const id = addMeasure(doc, { title: 'Fortbildung' });
    // What the earlier writeEntityFields stored: the list as one last-writer-wins value.
    findEntity(doc, MEASURES, id)?.set('targetGroups', groups);
    return { doc, id };
  }

  it('reads the plain array and Concept JSON round-trips it', () => {
    const { doc, id } = legacyMeasure(['Eltern', 'Vereine']);
    expect(findEntity(doc, MEASURES, id)?.get('targetGroups')).toEqual(['Eltern', 'Vereine']);
    expect(targetGroups(doc, id)).toEqual(['Eltern', 'Vereine']);
    expect(toJSON(fromJSON(toJSON(doc)))).toEqual(toJSON(doc));
  });

  it('converts to a Y.Array on the first write, after which concurrent additions merge', () => {
    const { doc: a, id } = legacyMeasure(['Eltern']);
    updateMeasure(a, id, { targetGroups: ['Eltern', 'Vereine'] });
    expect(findEntity(a, MEASURES, id)?.get('targetGroups')).toBeInstanceOf(Y.Array);
    expect(targetGroups(a, id)).toEqual(['Eltern', 'Vereine']);
    const b = replicaOf(a);
    updateMeasure(a, id, { targetGroups: ['Eltern', 'Vereine', 'Schulen'] });
    updateMeasure(b, id, { targetGroups: ['Jugendliche', 'Eltern', 'Vereine'] });
    syncDocs(a, b);
    expect(targetGroups(a, id)).toEqual(['Jugendliche', 'Eltern', 'Vereine', 'Schulen']);
    expect(targetGroups(b, id)).toEqual(targetGroups(a, id));
  });
});
