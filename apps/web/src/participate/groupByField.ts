/** Proposals of one field of action (`fieldId` null: without one). */
export interface FieldGroup<P> {
  fieldId: string | null;
  title: string;
  proposals: P[];
}

/**
 * `proposals` grouped by field of action in the workshop's order of fields; proposals without a field (or of
 * a field the workshop no longer covers) come last under `noFieldTitle`; empty groups are left out.
 */
export function groupByField<P extends { fieldId: string | null }>(
  proposals: readonly P[],
  fields: readonly { id: string; title: string }[],
  noFieldTitle: string,
): FieldGroup<P>[] {
  const groups: FieldGroup<P>[] = fields.map((f) => ({ fieldId: f.id, title: f.title, proposals: [] }));
  const rest: FieldGroup<P> = { fieldId: null, title: noFieldTitle, proposals: [] };
  for (const proposal of proposals) {
    const group = groups.find((g) => g.fieldId === proposal.fieldId) ?? rest;
    group.proposals.push(proposal);
  }
  return [...groups, rest].filter((g) => g.proposals.length > 0);
}
