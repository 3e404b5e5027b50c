const STEP = 425;

/** Indent of a list level in twips: its text starts one step further in, its number hangs one step out. */
export function listIndent(level: number): { left: number; hanging: number } {
  return { left: STEP * (level + 1), hanging: STEP };
}
