/** Indent of a numbered heading at outline `level` (0 = Heading 1): room for its number, which hangs into it. */
export function outlineIndent(level: number): { left: number; hanging: number } {
  const left = 709 + level * 142;
  return { left, hanging: left };
}
