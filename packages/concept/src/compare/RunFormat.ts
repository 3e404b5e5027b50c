/** How one character of a rich-text body is formatted: the blocks around it and its marks. */
export interface RunFormat {
  /** The blocks from the body down, e.g. `bulletList>listItem>paragraph` or `heading2`. */
  block: string;
  /** Mark names, sorted; a link with its address (`link:https://…`). */
  marks: readonly string[];
  /** Block and marks in one string, so two formats compare at once. */
  key: string;
}
