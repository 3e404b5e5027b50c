import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { conceptErrorOf } from '../../test/factories.ts';
import { readMeasures, readPhenomena } from '../json/readers.ts';
import { findEntity } from '../model/entityStore.ts';
import { MEASURES } from '../model/keys.ts';
import { addMeasure } from './measureVerbs.ts';
import { addPhenomenon, deletePhenomenon, movePhenomenon, updatePhenomenon } from './phenomenonVerbs.ts';

describe('phenomenon verbs', () => {
  it('add, update, move phenomenon areas; deleting one removes it from every measure', () => {
    const doc = new Y.Doc();
    const a = addPhenomenon(doc, { title: 'Antisemitismus' });
    const b = addPhenomenon(doc, { title: 'Antiziganismus' });
    updatePhenomenon(doc, b, { description: 'Rassismus gegen Sinti*zze und Rom*nja' });
    movePhenomenon(doc, b, 0);
    expect(readPhenomena(doc).map((p) => [p.title, p.description])).toEqual([
      ['Antiziganismus', 'Rassismus gegen Sinti*zze und Rom*nja'],
      ['Antisemitismus', ''],
    ]);
    const measure = addMeasure(doc, { phenomenonIds: [a, b] });
    deletePhenomenon(doc, a);
    expect(readMeasures(doc).find((m) => m.id === measure)?.phenomenonIds).toEqual([b]);
    const stored = findEntity(doc, MEASURES, measure)?.get('phenomenonIds') as Y.Map<boolean>;
    expect([...stored.keys()]).toEqual([b]);
    expect(conceptErrorOf(() => deletePhenomenon(doc, a)).code).toBe('not-found');
  });
});
