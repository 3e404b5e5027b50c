import type * as Y from 'yjs';
import type { VersionJSON } from '../json/conceptJsonSchema.ts';
import { resolutionSchema, versionInputSchema } from '../json/inputSchemas.ts';
import { ConceptError } from '../model/ConceptError.ts';
import { versionSpec } from '../model/entitySpecs.ts';
import { addEntity, removeEntity, requireEntity, updateEntity } from '../model/entityVerbs.ts';
import { ADOPTED_VERSION_ID, META, VERSIONS } from '../model/keys.ts';
import { parseInput } from '../model/parseInput.ts';
import type { VersionInput } from './inputTypes.ts';

/**
 * Records a saved version (Fassung) of the concept; the frozen snapshot itself is kept by the store.
 * Returns the version's id.
 */
export function addVersion(doc: Y.Doc, input: VersionInput, id?: string): string {
  const data = parseInput(versionInputSchema, input, VERSIONS);
  return addEntity(
    doc,
    versionSpec,
    { ...data, createdAt: data.createdAt ?? new Date().toISOString() },
    {},
    id,
  );
}

/** Renames a version. */
export function updateVersion(doc: Y.Doc, id: string, patch: VersionInput): void {
  updateEntity(doc, versionSpec, id, parseInput(versionInputSchema, patch, VERSIONS));
}

/** Marks one version as the adopted one, with the council's resolution; any other loses the mark. */
export function markVersionAdopted(
  doc: Y.Doc,
  id: string,
  resolution: NonNullable<VersionJSON['resolution']>,
): void {
  const data = parseInput(resolutionSchema, resolution, `${VERSIONS}.resolution`);
  const version = requireEntity(doc, versionSpec, id);
  doc.transact(() => {
    doc.getMap<unknown>(META).set(ADOPTED_VERSION_ID, id);
    version.set('resolution', data);
  });
}

/** Deletes a version; the adopted version is frozen and cannot be deleted. */
export function deleteVersion(doc: Y.Doc, id: string): void {
  requireEntity(doc, versionSpec, id);
  if (doc.getMap<unknown>(META).get(ADOPTED_VERSION_ID) === id) {
    throw new ConceptError(
      'frozen',
      'Die beschlossene Fassung kann nicht gelöscht werden',
      `${VERSIONS}.${id}`,
    );
  }
  removeEntity(doc, versionSpec, id);
}
