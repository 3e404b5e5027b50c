/** Milliseconds from navigation start until each milestone, and the longest main-thread task until the last. */
export interface OpeningMarks {
  /** The concept's title in the header. */
  title?: number;
  /** The navigation lists the structure, with the measure count. */
  navigation?: number;
  /** The chapter's editor accepts input (contenteditable). */
  editable?: number;
  /** A key pressed as soon as the editor was editable shows in its text. */
  keystroke?: number;
  longestTask: number;
}
