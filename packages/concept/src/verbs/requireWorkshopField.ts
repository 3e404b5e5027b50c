import * as Y from 'yjs';
import { ConceptError } from '../model/ConceptError.ts';
import { type EntityMap, isLive } from '../model/entityStore.ts';
import { FIELDS_OF_ACTION } from '../model/keys.ts';

/**
 * `fieldId` when participants of `workshop` may choose it: a live field of action, and one of the workshop's
 * fields when it names any.
 */
export function requireWorkshopField(doc: Y.Doc, workshop: EntityMap, fieldId: string): string {
  const fields = workshop.get('fieldIds');
  const allowed = fields instanceof Y.Map && fields.size > 0 ? fields.has(fieldId) : true;
  if (!allowed || !isLive(doc, FIELDS_OF_ACTION, fieldId)) {
    throw new ConceptError(
      'invalid-field',
      'Dieses Handlungsfeld gehört nicht zum Beteiligungsformat',
      'fieldId',
    );
  }
  return fieldId;
}
