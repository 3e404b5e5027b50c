/**
 * Measures with clashing codes made unique for every reader. Two replicas that add a measure at the same
 * time both pick the next free code; the first in concept order keeps it and later ones read as `M-01-2`,
 * the same on every replica, until someone renumbers or edits the code.
 */
export function uniqueCodes<M extends { code: string }>(measures: M[]): M[] {
  const taken = new Set(measures.map((m) => m.code.trim().toLowerCase()));
  const seen = new Set<string>();
  return measures.map((measure) => {
    const key = measure.code.trim().toLowerCase();
    if (!seen.has(key)) {
      seen.add(key);
      return measure;
    }
    let n = 2;
    while (taken.has(`${key}-${n}`)) n++;
    const code = `${measure.code.trim()}-${n}`;
    taken.add(code.toLowerCase());
    seen.add(code.toLowerCase());
    return { ...measure, code };
  });
}
