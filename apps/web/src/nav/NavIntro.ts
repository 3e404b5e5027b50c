/** The chapter a structured part is placed in: the nav entry shows its number and title and is active on it too. */
export interface NavIntro {
  chapterId: string;
  /** The chapter's number. */
  prefix: string;
  title: string;
}
