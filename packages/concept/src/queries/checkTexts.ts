import type { ChapterJSON } from '../json/conceptJsonSchema.ts';
import type { ConceptTemplate } from '../template/templateSchema.ts';
import type { Finding } from './Finding.ts';
import { hasWrittenText, type TextPresence } from './hasWrittenText.ts';
import { newFinding } from './newFinding.ts';

/** A chapter as the checks read it: its body, or only whether it holds text. */
export type CheckedChapter = Pick<ChapterJSON, 'id' | 'key' | 'title' | 'kind'> & { body?: TextPresence };

/** Chapters the template requires (every chapter it does not mark `required: false`) that hold no text yet. */
export function checkChapters(
  chapters: readonly CheckedChapter[],
  template?: Pick<ConceptTemplate, 'chapters'>,
): Finding[] {
  const optional = new Set(template?.chapters.filter((c) => c.required === false).map((c) => c.key));
  return chapters
    .filter((c) => !optional.has(c.key) && !hasWrittenText(c.body))
    .map((c) => newFinding('chapter-empty', 'chapter', c.id, `Kapitel „${c.title}“ ist noch leer`));
}

/** The Leitbild when it holds no text yet. */
export function checkVision(vision: TextPresence): Finding[] {
  return hasWrittenText(vision)
    ? []
    : [newFinding('vision-empty', 'vision', '', 'Das Leitbild ist noch leer')];
}

/** A finding when no actor is entered yet. */
export function checkActors(actors: readonly unknown[]): Finding[] {
  return actors.length > 0
    ? []
    : [newFinding('no-actors', 'actors', '', 'Es sind noch keine Akteur*innen erfasst')];
}
