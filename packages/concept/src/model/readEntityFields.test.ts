import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { buildConcept, buildVotingWorkshop } from '../../test/factories.ts';
import { parseConceptJSON } from '../json/fromJSON.ts';
import { readMeasures, readMeta, readWorkshops } from '../json/readers.ts';
import { toJSON } from '../json/toJSON.ts';
import { findEntity } from './entityStore.ts';
import { META } from './keys.ts';

function repairsOf(doc: Y.Doc): string[] {
  const paths: string[] = [];
  toJSON(doc, { onRepair: (path) => paths.push(path) });
  return paths;
}

describe('readers fit values written past the verbs', () => {
  it('read a territory type outside the enum and a number where text belongs as their defaults', () => {
    const doc = new Y.Doc();
    doc.getMap(META).set('territoryType', 'bundesland');
    doc.getMap(META).set('title', 42);
    expect(readMeta(doc)).toMatchObject({ territoryType: 'gemeinde', title: '' });
    expect(repairsOf(doc)).toEqual(['meta.title', 'meta.territoryType']);
  });

  it('cut long text to its limit counted in characters (an emoji is one), and clamp numbers', () => {
    const { doc, measures } = buildConcept();
    const measure = findEntity(doc, 'measures', measures.fortbildung) as Y.Map<unknown>;
    measure.set('lead', `${'x'.repeat(499)}😀`);
    measure.set('title', `${'x'.repeat(499)}😀😀`);
    measure.set('status', 'erledigt');
    const read = readMeasures(doc).find((m) => m.id === measures.fortbildung);
    expect(read).toMatchObject({ title: `${'x'.repeat(499)}😀`, lead: `${'x'.repeat(499)}😀` });
    expect(read?.status).toBe('idea');
    expect(repairsOf(doc)).toEqual([
      `measures[${measures.fortbildung}].title`,
      `measures[${measures.fortbildung}].status`,
    ]);
  });

  it('keep only strings in lists, live ids in links, and usable votes', () => {
    const { doc, measures, fields } = buildConcept();
    const measure = findEntity(doc, 'measures', measures.turnier) as Y.Map<unknown>;
    (measure.get('targetGroups') as Y.Array<unknown>).push([7, 'Jugendliche', null]);
    measure.set('primaryFieldId', 12);
    const { workshop, proposals } = buildVotingWorkshop(doc, fields.sport, 3);
    const votes = findEntity(doc, 'proposals', proposals[0])?.get('votes') as Y.Map<unknown>;
    votes.set('participant-1', 2.7);
    votes.set('participant-2', 'viele');
    votes.set('__proto__', 1);
    expect(readMeasures(doc).find((m) => m.id === measures.turnier)).toMatchObject({
      targetGroups: ['Jugendliche'],
      primaryFieldId: null,
    });
    expect(readWorkshops(doc).find((w) => w.id === workshop)?.proposals[0]?.votes).toEqual({
      'participant-1': 2,
    });
    expect(() => parseConceptJSON(JSON.parse(JSON.stringify(toJSON(doc))))).not.toThrow();
  });

  it('leave out collection entries that are not entities, and read ids from the collection key', () => {
    const { doc, measures } = buildConcept();
    doc.getMap('measures').set('kaputt', 'kein Eintrag');
    (findEntity(doc, 'measures', measures.turnier) as Y.Map<unknown>).set('id', measures.fortbildung);
    expect(readMeasures(doc).map((m) => m.id)).toEqual([measures.fortbildung, measures.turnier]);
  });

  it('report nothing for a concept written by the verbs', () => {
    const { doc, fields } = buildConcept();
    buildVotingWorkshop(doc, fields.sport);
    expect(repairsOf(doc)).toEqual([]);
  });
});
