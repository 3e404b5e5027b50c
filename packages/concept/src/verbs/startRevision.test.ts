import { describe, expect, it } from 'vitest';
import { buildConcept, conceptErrorOf, replicaOf, syncDocs } from '../../test/factories.ts';
import { fromJSON, parseConceptJSON } from '../json/fromJSON.ts';
import { readMeta } from '../json/readers.ts';
import { readRevision } from '../json/readRevision.ts';
import { toJSON } from '../json/toJSON.ts';
import { currentRevision } from '../queries/currentRevision.ts';
import { startRevision } from './startRevision.ts';
import { addVersion, markVersionAdopted } from './versionVerbs.ts';

const resolution = { body: 'Kreistag', date: '2026-03-12', drucksache: '' };

function adoptedConcept() {
  const { doc } = buildConcept();
  const version = addVersion(doc, { name: 'Beschluss 2026' });
  markVersionAdopted(doc, version, resolution);
  return { doc, version };
}

describe('startRevision', () => {
  it('records the revision after the adopted version, for every replica, and sets the status', () => {
    const { doc, version } = adoptedConcept();
    const other = replicaOf(doc);
    expect(currentRevision(other)).toBeNull();
    startRevision(doc, { name: ' Fortschreibung 2027 ', startedAt: '2026-12-06T15:00:00.000Z' });
    syncDocs(doc, other);
    expect(currentRevision(other)).toEqual({
      name: 'Fortschreibung 2027',
      startedAt: '2026-12-06T15:00:00.000Z',
      afterVersionId: version,
    });
    expect(readMeta(other).status).toBe('revision');
  });

  it('ends with the next adoption, and needs an adopted version to begin', () => {
    const { doc } = adoptedConcept();
    startRevision(doc, { name: 'Fortschreibung 2027' });
    const next = addVersion(doc, { name: 'Fortschreibung 2027 (Beschluss)' });
    markVersionAdopted(doc, next, resolution);
    expect(readRevision(doc)?.name).toBe('Fortschreibung 2027');
    expect(currentRevision(doc)).toBeNull();
    expect(conceptErrorOf(() => startRevision(buildConcept().doc, { name: 'x' })).code).toBe('invalid-input');
    expect(conceptErrorOf(() => startRevision(doc, { name: '  ' })).code).toBe('invalid-input');
  });

  it('travels through Concept JSON (backup and import); a concept without one reads and exports as before', () => {
    const { doc } = adoptedConcept();
    const before = toJSON(doc);
    expect(before).not.toHaveProperty('revision');
    expect(currentRevision(fromJSON(before))).toBeNull();
    startRevision(doc, { name: 'Fortschreibung 2027', startedAt: '2026-12-06T15:00:00.000Z' });
    const backup = JSON.parse(JSON.stringify(toJSON(doc)));
    expect(backup.revision.name).toBe('Fortschreibung 2027');
    const restored = fromJSON(parseConceptJSON(backup));
    expect(currentRevision(restored)?.name).toBe('Fortschreibung 2027');
    expect(toJSON(restored)).toEqual(toJSON(doc));
  });

  it('reads a stored value that does not fit as none', () => {
    const { doc } = adoptedConcept();
    doc.getMap('meta').set('revision', { name: 42 });
    expect(readRevision(doc)).toBeNull();
    expect(toJSON(doc)).not.toHaveProperty('revision');
  });
});
