interface ParentLink {
  id: string;
  parentId: string | null;
}

/**
 * Each goal's parent as the tree shows it: a parent that does not exist makes a root, and a cycle (possible
 * only after concurrent moves) is broken at its goal with the smallest id, so every replica draws the same tree.
 */
export function effectiveParents(goals: readonly ParentLink[]): Map<string, string | null> {
  const declared = new Map(
    goals.map((g) => [g.id, g.parentId !== null && g.parentId !== g.id ? g.parentId : null]),
  );
  for (const [id, parentId] of declared) {
    if (parentId !== null && !declared.has(parentId)) declared.set(id, null);
  }
  for (const start of declared.keys()) {
    const seen: string[] = [];
    let current: string | null = start;
    while (current !== null && !seen.includes(current)) {
      seen.push(current);
      current = declared.get(current) ?? null;
    }
    if (current !== null) {
      const cycle = seen.slice(seen.indexOf(current));
      const breakAt = [...cycle].sort()[0] as string;
      declared.set(breakAt, null);
    }
  }
  return declared;
}
