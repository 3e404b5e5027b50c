import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { syncDocs } from '../../test/factories.ts';
import { oldShapedConcept } from '../../test/oldShapedConcept.ts';
import { fromJSON } from '../json/fromJSON.ts';
import { toJSON } from '../json/toJSON.ts';
import { collection } from '../model/entityStore.ts';
import { DOC_SCHEMA_VERSION, FIELDS_OF_ACTION, GOALS, MEASURES, META } from '../model/keys.ts';
import { updateMeasure } from '../verbs/measureVerbs.ts';
import { migrateDoc } from './migrateDoc.ts';
import { sharedTextFields } from './sharedTextFields.ts';

function rawField(doc: Y.Doc, key: string, id: string, field: string): unknown {
  return (doc.getMap(key).get(id) as Y.Map<unknown>).get(field);
}

describe('migration 3: shared text fields', () => {
  it('turns the plain strings of an old concept into Y.Text with the same content', () => {
    const { doc } = oldShapedConcept();
    const measure = [...collection(doc, MEASURES).keys()][0] as string;
    expect(typeof rawField(doc, MEASURES, measure, 'title')).toBe('string');
    const before = toJSON(doc);

    migrateDoc(doc);

    for (const field of ['code', 'title', 'lead', 'recurrence', 'funding'])
      expect(rawField(doc, MEASURES, measure, field)).toBeInstanceOf(Y.Text);
    for (const goal of collection(doc, GOALS).keys())
      expect(rawField(doc, GOALS, goal, 'title')).toBeInstanceOf(Y.Text);
    for (const field of collection(doc, FIELDS_OF_ACTION).keys())
      expect(rawField(doc, FIELDS_OF_ACTION, field, 'description')).toBeInstanceOf(Y.Text);
    expect(doc.getMap(META).get(DOC_SCHEMA_VERSION)).toBeGreaterThanOrEqual(3);
    expect(toJSON(doc)).toEqual({ ...before, meta: { ...before.meta } });
  });

  it('leaves an old concept readable, exportable and restorable as a backup before and after', () => {
    const { doc } = oldShapedConcept();
    const old = toJSON(doc);
    const restored = fromJSON(old);
    expect(toJSON(restored)).toEqual(old);
    migrateDoc(doc);
    expect(toJSON(fromJSON(toJSON(doc)))).toEqual(toJSON(doc));
  });

  it('changes nothing when run again on its own', () => {
    const { doc } = oldShapedConcept();
    doc.transact(() => sharedTextFields.migrate(doc));
    let updates = 0;
    doc.on('update', () => updates++);
    doc.transact(() => sharedTextFields.migrate(doc));
    expect(updates).toBe(0);
  });

  it('merges two people typing into a migrated field at once', () => {
    const { doc: server } = oldShapedConcept();
    migrateDoc(server);
    const measure = [...collection(server, MEASURES).keys()][0] as string;
    const one = new Y.Doc();
    const two = new Y.Doc();
    Y.applyUpdate(one, Y.encodeStateAsUpdate(server));
    Y.applyUpdate(two, Y.encodeStateAsUpdate(server));
    updateMeasure(one, measure, { lead: 'Integrationsbüro' });
    updateMeasure(two, measure, { lead: 'Jugendamt' });
    syncDocs(one, two);
    const lead = String(rawField(one, MEASURES, measure, 'lead'));
    expect(lead).toContain('Integrationsbüro');
    expect(lead).toContain('Jugendamt');
    expect(String(rawField(two, MEASURES, measure, 'lead'))).toBe(lead);
  });
});
