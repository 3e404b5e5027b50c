interface MeasureFields {
  primaryFieldId: string | null;
  secondaryFieldIds: readonly string[];
}

/** The measures of one field of action, in concept order: primary ones, or with `includeSecondary` also those listing it second. */
export function measuresOfField<M extends MeasureFields>(
  measures: readonly M[],
  fieldId: string,
  includeSecondary = false,
): M[] {
  return measures.filter(
    (m) => m.primaryFieldId === fieldId || (includeSecondary && m.secondaryFieldIds.includes(fieldId)),
  );
}
