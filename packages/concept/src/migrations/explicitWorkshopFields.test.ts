import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { syncDocs } from '../../test/factories.ts';
import { oldShapedConcept } from '../../test/oldShapedConcept.ts';
import { readProposals, readWorkshops } from '../json/readers.ts';
import { collection } from '../model/entityStore.ts';
import { DOC_SCHEMA_VERSION, META, PROPOSALS, WORKSHOPS } from '../model/keys.ts';
import { explicitWorkshopFields } from './explicitWorkshopFields.ts';
import { migrateDoc } from './migrateDoc.ts';

function stored(doc: Y.Doc, key: typeof WORKSHOPS | typeof PROPOSALS, id: string): Record<string, unknown> {
  return (collection(doc, key).get(id) as Y.Map<unknown>).toJSON();
}

describe('migration 2: explicit workshop fields', () => {
  it('stores the defaults an old workshop and its proposals lacked, and the version', () => {
    const { doc, workshop, proposals } = oldShapedConcept();
    expect(stored(doc, WORKSHOPS, workshop)).not.toHaveProperty('release');
    const before = { workshops: readWorkshops(doc), proposals: readProposals(doc, workshop) };

    migrateDoc(doc, [explicitWorkshopFields]);

    expect(stored(doc, WORKSHOPS, workshop)).toMatchObject({
      place: '',
      online: false,
      stackDots: true,
      release: 'immediate',
    });
    for (const id of proposals) {
      expect(stored(doc, PROPOSALS, id)).toMatchObject({
        participantId: '',
        submissionId: '',
        targetGroup: '',
        mergedInto: null,
        outcome: null,
        outcomeReason: '',
      });
    }
    expect(doc.getMap(META).get(DOC_SCHEMA_VERSION)).toBe(2);
    expect({ workshops: readWorkshops(doc), proposals: readProposals(doc, workshop) }).toEqual(before);
  });

  it('keeps values that are already stored', () => {
    const { doc, workshop } = oldShapedConcept();
    collection(doc, WORKSHOPS).get(workshop)?.set('release', 'moderated');
    migrateDoc(doc);
    expect(stored(doc, WORKSHOPS, workshop).release).toBe('moderated');
  });

  it('changes nothing when run again on its own', () => {
    const { doc } = oldShapedConcept();
    doc.transact(() => explicitWorkshopFields.migrate(doc));
    let updates = 0;
    doc.on('update', () => updates++);
    doc.transact(() => explicitWorkshopFields.migrate(doc));
    expect(updates).toBe(0);
  });

  it('loses to a value a person set offline at the same time, whichever replica merges first', () => {
    for (const order of ['server-first', 'person-first'] as const) {
      const { doc: server, workshop } = oldShapedConcept();
      const person = new Y.Doc();
      person.clientID = 2 ** 31;
      Y.applyUpdate(person, Y.encodeStateAsUpdate(server));
      collection(person, WORKSHOPS).get(workshop)?.set('release', 'moderated');
      migrateDoc(server);
      if (order === 'server-first') syncDocs(server, person);
      else syncDocs(person, server);
      expect(readWorkshops(server)[0]?.release).toBe('moderated');
      expect(readWorkshops(person)[0]?.release).toBe('moderated');
    }
  });
});
