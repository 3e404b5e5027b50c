/** One run of a word-level text diff: kept, inserted in the newer text, or deleted from the older one. */
export interface DiffPart {
  kind: 'same' | 'added' | 'removed';
  text: string;
}
