import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { conceptErrorOf } from '../../test/factories.ts';
import { readVersions } from '../json/readers.ts';
import { addVersion, deleteVersion, markVersionAdopted, updateVersion } from './versionVerbs.ts';

const resolution = { body: 'Rat der Stadt', date: '2025-06-26', drucksache: '1234/2025' };

function adopted(doc: Y.Doc): string[] {
  return readVersions(doc)
    .filter((v) => v.adopted)
    .map((v) => v.id);
}

describe('addVersion / updateVersion', () => {
  it('records a version with a creation time, not adopted', () => {
    const doc = new Y.Doc();
    const id = addVersion(doc, { name: 'Entwurf für das Steuerungsgremium' });
    const fixed = addVersion(doc, { name: 'Fassung 2', createdAt: '2025-01-01T00:00:00Z' }, 'v2');
    updateVersion(doc, id, { name: 'Entwurf März' });
    const [first, second] = readVersions(doc);
    expect(first).toMatchObject({ id, name: 'Entwurf März', adopted: false, resolution: null });
    expect(Number.isNaN(Date.parse(first?.createdAt ?? ''))).toBe(false);
    expect(second).toEqual({
      id: fixed,
      name: 'Fassung 2',
      createdAt: '2025-01-01T00:00:00Z',
      adopted: false,
      resolution: null,
    });
    expect(fixed).toBe('v2');
  });

  it('refuses setting the adopted flag or resolution through add or update', () => {
    const doc = new Y.Doc();
    expect(conceptErrorOf(() => addVersion(doc, { name: 'x', adopted: true } as never)).code).toBe(
      'invalid-input',
    );
    const id = addVersion(doc, { name: 'x' });
    expect(conceptErrorOf(() => updateVersion(doc, id, { resolution } as never)).code).toBe('invalid-input');
  });
});

describe('markVersionAdopted', () => {
  it('makes exactly one version the adopted one, with its resolution', () => {
    const doc = new Y.Doc();
    const a = addVersion(doc, { name: 'A' });
    const b = addVersion(doc, { name: 'B' });
    markVersionAdopted(doc, a, resolution);
    expect(adopted(doc)).toEqual([a]);
    markVersionAdopted(doc, b, { ...resolution, drucksache: '99/2026' });
    expect(adopted(doc)).toEqual([b]);
    expect(readVersions(doc).find((v) => v.id === b)?.resolution).toEqual({
      ...resolution,
      drucksache: '99/2026',
    });
  });

  it('refuses an invalid resolution naming the path, and an unknown version', () => {
    const doc = new Y.Doc();
    const a = addVersion(doc, { name: 'A' });
    expect(
      conceptErrorOf(() => markVersionAdopted(doc, a, { ...resolution, date: '26.06.2025' })),
    ).toMatchObject({
      code: 'invalid-input',
      path: 'versions.resolution.date',
    });
    expect(conceptErrorOf(() => markVersionAdopted(doc, 'x', resolution)).code).toBe('not-found');
    expect(adopted(doc)).toEqual([]);
  });
});

describe('deleteVersion', () => {
  it('deletes a version that is not adopted', () => {
    const doc = new Y.Doc();
    const a = addVersion(doc, { name: 'A' });
    deleteVersion(doc, a);
    expect(readVersions(doc)).toEqual([]);
  });

  it('refuses to delete the adopted version, with code frozen', () => {
    const doc = new Y.Doc();
    const a = addVersion(doc, { name: 'A' });
    markVersionAdopted(doc, a, resolution);
    expect(conceptErrorOf(() => deleteVersion(doc, a))).toMatchObject({
      code: 'frozen',
      path: `versions.${a}`,
    });
    expect(adopted(doc)).toEqual([a]);
    expect(conceptErrorOf(() => deleteVersion(doc, 'x')).code).toBe('not-found');
  });
});
