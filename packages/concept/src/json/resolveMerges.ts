import type { ProposalJSON } from './conceptJsonSchema.ts';

/**
 * Proposals with `mergedInto` pointing at the proposal that is shown for them: chains (A into B while B went
 * into C) lead to their end, and a cycle made by two moderators merging at once is broken at its smallest id,
 * the same way on every replica. A target outside the list reads as not merged.
 */
export function resolveMerges(proposals: ProposalJSON[]): ProposalJSON[] {
  const byId = new Map(proposals.map((p) => [p.id, p]));
  const rootOf = new Map<string, string>();
  function root(id: string): string {
    const known = rootOf.get(id);
    if (known) return known;
    const path: string[] = [];
    let current = id;
    while (!rootOf.has(current)) {
      const next = byId.get(current)?.mergedInto;
      if (!next || !byId.has(next)) break;
      if (path.includes(current)) {
        const cycle = path.slice(path.indexOf(current));
        current = [...cycle].sort()[0] as string;
        rootOf.set(current, current);
        break;
      }
      path.push(current);
      current = next;
    }
    const end = rootOf.get(current) ?? current;
    for (const step of [...path, current]) if (!rootOf.has(step)) rootOf.set(step, end);
    return end;
  }
  return proposals.map((p) => {
    const target = p.mergedInto === null ? p.id : root(p.id);
    const mergedInto = target === p.id ? null : target;
    return mergedInto === p.mergedInto ? p : { ...p, mergedInto };
  });
}
