import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { conceptErrorOf } from '../../test/factories.ts';
import { readActors } from '../json/readers.ts';
import { addActor, deleteActor, moveActor, updateActor } from './actorVerbs.ts';

describe('actor verbs', () => {
  it('add, update, move and delete actors', () => {
    const doc = new Y.Doc();
    const a = addActor(doc, { name: 'Jüdische Gemeinde', type: 'jewish-community' });
    const b = addActor(doc, { name: 'Integrationsrat' });
    updateActor(doc, b, { type: 'politics', notes: 'tagt monatlich' });
    moveActor(doc, b, 0);
    expect(readActors(doc)).toEqual([
      { id: b, name: 'Integrationsrat', type: 'politics', notes: 'tagt monatlich' },
      { id: a, name: 'Jüdische Gemeinde', type: 'jewish-community', notes: '' },
    ]);
    deleteActor(doc, a);
    expect(readActors(doc).map((x) => x.id)).toEqual([b]);
    expect(conceptErrorOf(() => addActor(doc, { type: 'verein' as never })).path).toBe('actors.type');
  });
});
