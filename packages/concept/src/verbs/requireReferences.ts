import type * as Y from 'yjs';
import { ConceptError } from '../model/ConceptError.ts';
import type { EntitySpec } from '../model/entitySpecs.ts';
import { findEntity } from '../model/entityStore.ts';

/** Refuses input that links to entities that do not exist, naming the field. */
export function requireReferences(doc: Y.Doc, spec: EntitySpec, data: Record<string, unknown>): void {
  for (const [field, target] of Object.entries({ ...spec.refs, ...spec.sets })) {
    const value = data[field];
    const ids = Array.isArray(value) ? value : typeof value === 'string' ? [value] : [];
    for (const id of ids) {
      if (!findEntity(doc, target, id)) {
        throw new ConceptError(
          'invalid-reference',
          `verweist auf nicht vorhandenes Element ${id}`,
          `${spec.collection}.${field}`,
        );
      }
    }
  }
}
