import type { ProposalJSON } from '@werkbank/concept';

/** One group of the inbox: a field of action (or none) with its proposals, newest first. */
export interface ProposalGroup {
  fieldId: string | null;
  proposals: ProposalJSON[];
}

/**
 * The proposals a moderator looks at, grouped by field of action in the order of `fieldIds` (those without a
 * field, or with one no longer in the concept, last), newest first in each group so a new arrival is on top.
 * Proposals merged into another are left out: they show under the one they were merged into.
 */
export function groupProposals(
  proposals: readonly ProposalJSON[],
  fieldIds: readonly string[],
): ProposalGroup[] {
  const known = new Set(fieldIds);
  const byField = new Map<string | null, ProposalJSON[]>();
  for (const proposal of proposals) {
    if (proposal.mergedInto) continue;
    const key = proposal.fieldId && known.has(proposal.fieldId) ? proposal.fieldId : null;
    byField.set(key, [...(byField.get(key) ?? []), proposal]);
  }
  const newestFirst = (a: ProposalJSON, b: ProposalJSON) =>
    b.createdAt.localeCompare(a.createdAt) || b.id.localeCompare(a.id);
  return [...fieldIds, null]
    .filter((fieldId) => byField.has(fieldId))
    .map((fieldId) => ({ fieldId, proposals: [...(byField.get(fieldId) ?? [])].sort(newestFirst) }));
}
