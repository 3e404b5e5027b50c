import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { buildConcept, testTemplate } from '../../test/factories.ts';
import { oldShapedConcept } from '../../test/oldShapedConcept.ts';
import { DOC_SCHEMA_VERSION, META } from '../model/keys.ts';
import { createConceptFromTemplate } from '../template/createConceptFromTemplate.ts';
import { docSchemaVersion } from './docSchemaVersion.ts';
import type { Migration } from './Migration.ts';
import { migrateDoc } from './migrateDoc.ts';
import { CURRENT_DOC_SCHEMA_VERSION, migrations } from './migrations.ts';

/** The origins of the transactions that changed `doc` while `fn` ran. */
function originsOf(doc: Y.Doc, fn: () => void): unknown[] {
  const origins: unknown[] = [];
  const record = (_update: Uint8Array, origin: unknown) => origins.push(origin);
  doc.on('update', record);
  fn();
  doc.off('update', record);
  return origins;
}

describe('migrateDoc', () => {
  it('brings a document stored before versions (version 1) to the current version', () => {
    const { doc } = oldShapedConcept();
    expect(docSchemaVersion(doc)).toBe(1);
    expect(migrateDoc(doc)).toEqual({
      from: 1,
      to: CURRENT_DOC_SCHEMA_VERSION,
      applied: migrations.map((m) => m.name),
      newer: false,
    });
    expect(docSchemaVersion(doc)).toBe(CURRENT_DOC_SCHEMA_VERSION);
  });

  it('is idempotent: a second run changes nothing and emits no update', () => {
    const { doc } = oldShapedConcept();
    migrateDoc(doc);
    const state = Y.encodeStateAsUpdate(doc);
    expect(originsOf(doc, () => expect(migrateDoc(doc).applied).toEqual([]))).toEqual([]);
    expect(Y.encodeStateAsUpdate(doc)).toEqual(state);
  });

  it('runs each migration in its own transaction, with the migration as origin, in order', () => {
    const touched: number[] = [];
    const step = (version: number): Migration => ({
      version,
      name: `v${version}`,
      migrate: (doc) => {
        touched.push(version);
        doc.getMap('scratch').set(`v${version}`, true);
      },
    });
    const steps = [step(2), step(3), step(4)];
    const { doc } = buildConcept();
    doc.getMap(META).set(DOC_SCHEMA_VERSION, 2);
    expect(originsOf(doc, () => migrateDoc(doc, steps))).toEqual([steps[1], steps[2]]);
    expect(touched).toEqual([3, 4]);
    expect(docSchemaVersion(doc)).toBe(4);
  });

  it('leaves a document newer than this code alone and reports it', () => {
    const { doc } = buildConcept();
    doc.getMap(META).set(DOC_SCHEMA_VERSION, CURRENT_DOC_SCHEMA_VERSION + 1);
    const origins = originsOf(doc, () =>
      expect(migrateDoc(doc)).toEqual({
        from: CURRENT_DOC_SCHEMA_VERSION + 1,
        to: CURRENT_DOC_SCHEMA_VERSION + 1,
        applied: [],
        newer: true,
      }),
    );
    expect(origins).toEqual([]);
  });

  it('reads a version that is not a positive whole number as 1 and repairs it', () => {
    const { doc } = buildConcept();
    doc.getMap(META).set(DOC_SCHEMA_VERSION, 'zwei');
    expect(migrateDoc(doc).from).toBe(1);
    expect(doc.getMap(META).get(DOC_SCHEMA_VERSION)).toBe(CURRENT_DOC_SCHEMA_VERSION);
  });

  it('has one migration per version from 2 up to the current one', () => {
    expect(migrations.map((m) => m.version)).toEqual(
      Array.from({ length: CURRENT_DOC_SCHEMA_VERSION - 1 }, (_, i) => i + 2),
    );
  });

  it('finds nothing to do in a new concept from a template', () => {
    const doc = createConceptFromTemplate(testTemplate, {
      title: 'Handlungskonzept',
      territory: 'Kreis Musterland',
      territoryType: 'kreis',
    });
    expect(docSchemaVersion(doc)).toBe(CURRENT_DOC_SCHEMA_VERSION);
    expect(originsOf(doc, () => migrateDoc(doc))).toEqual([]);
  });
});
