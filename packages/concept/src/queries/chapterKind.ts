import type { ChapterKind } from '../json/conceptJsonSchema.ts';

/** The kind the templates' chapter keys had before chapters stored one; every other key is a text chapter. */
export const KIND_OF_CHAPTER_KEY: Readonly<Record<string, ChapterKind>> = {
  leitbild: 'vision',
  ziele: 'goals',
  handlungsfelder: 'fieldsOfAction',
  massnahmen: 'measures',
  'akteure-netzwerk': 'actors',
  beteiligung: 'participation',
};

/** The kind a chapter without a stored one has, read from its key. */
export function chapterKindOfKey(key: string): ChapterKind {
  return Object.hasOwn(KIND_OF_CHAPTER_KEY, key) ? (KIND_OF_CHAPTER_KEY[key] as ChapterKind) : 'text';
}

/**
 * A chapter's kind: the one it stores, else the one its key stands for.
 * @example chapterKind({ key: 'leitbild' }) // 'vision'
 */
export function chapterKind(chapter: { key: string; kind?: ChapterKind | null }): ChapterKind {
  return chapter.kind ?? chapterKindOfKey(chapter.key);
}
