import { measuresOfField } from './measuresOfField.ts';

/** The measures whose primary field of action is `fieldId`; `null` gathers those without one. */
export interface MeasureGroup<M> {
  fieldId: string | null;
  measures: M[];
}

interface GroupedMeasure {
  primaryFieldId: string | null;
  secondaryFieldIds: readonly string[];
}

/**
 * The measures grouped by primary field of action, in the fields' order, each group in concept order; a last
 * group (`fieldId: null`) holds the measures without a field (or with one not among `fields`). Groups may be empty.
 * @example groupMeasuresByField(concept.fieldsOfAction, concept.measures).filter((g) => g.measures.length > 0)
 */
export function groupMeasuresByField<M extends GroupedMeasure>(
  fields: readonly { id: string }[],
  measures: readonly M[],
): MeasureGroup<M>[] {
  const fieldIds = new Set(fields.map((f) => f.id));
  return [
    ...fields.map((f) => ({ fieldId: f.id, measures: measuresOfField(measures, f.id) })),
    {
      fieldId: null,
      measures: measures.filter((m) => m.primaryFieldId === null || !fieldIds.has(m.primaryFieldId)),
    },
  ];
}
