import { cutText } from '../model/fieldRules.ts';

/** Most characters of a measure code (conceptJsonSchema.ts). */
const MAX_CODE = 32;

/**
 * Measures with clashing codes made unique for every reader. Two replicas that add a measure at the same
 * time both pick the next free code; the first in concept order keeps it and later ones read as `M-01-2`,
 * the same on every replica, until someone renumbers or edits the code. A long code is shortened to
 * make room for the suffix.
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
    let n = 1;
    let code: string;
    do {
      n++;
      code = `${cutText(measure.code.trim(), MAX_CODE - `-${n}`.length)}-${n}`;
    } while (taken.has(code.toLowerCase()));
    taken.add(code.toLowerCase());
    seen.add(code.toLowerCase());
    return { ...measure, code };
  });
}
