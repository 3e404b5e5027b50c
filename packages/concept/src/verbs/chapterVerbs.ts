import * as Y from 'yjs';
import { chapterInputSchema } from '../json/inputSchemas.ts';
import { chapterSpec } from '../model/entitySpecs.ts';
import { addEntity, moveEntity, requireEntity, updateEntity } from '../model/entityVerbs.ts';
import { fragmentHasText } from '../model/fragmentHasText.ts';
import { BODY, CHAPTERS, STATUS } from '../model/keys.ts';
import { parseInput } from '../model/parseInput.ts';
import { chapterKindOfKey } from '../queries/chapterKind.ts';
import type { ChapterInput } from './inputTypes.ts';
import { type DeleteOptions, trashEntities } from './trashVerbs.ts';

/**
 * Adds a chapter (Kapitel) at `index`; returns its id. Without a `kind` it gets the one its key stands for. A
 * chapter given a body with text but no status starts as a draft (see `promoteChapterToDraft`).
 */
export function addChapter(doc: Y.Doc, input: ChapterInput = {}, index?: number): string {
  const data = parseInput(chapterInputSchema, input, CHAPTERS);
  let id = '';
  doc.transact(() => {
    const kind = data.kind ?? chapterKindOfKey(data.key ?? '');
    id = addEntity(doc, chapterSpec, { ...data, kind }, { index });
    if (data.body !== undefined && data.status === undefined) promoteChapterToDraft(doc, id);
  });
  return id;
}

/**
 * Changes a chapter's title, status, guiding questions or body. Text written into an 'empty' chapter makes
 * it a draft, unless the same patch sets a status.
 */
export function updateChapter(doc: Y.Doc, id: string, patch: ChapterInput): void {
  const data = parseInput(chapterInputSchema, patch, CHAPTERS);
  doc.transact(() => {
    updateEntity(doc, chapterSpec, id, data);
    if (data.body !== undefined && data.status === undefined) promoteChapterToDraft(doc, id);
  });
}

/**
 * Moves a chapter from 'empty' to 'draft' once its body holds text, in one transaction; returns whether it
 * moved. Every other status was chosen by a person and stays. Clearing the text does not move it back: a
 * chapter someone has started stays a draft until a person says otherwise. Two replicas promoting the same
 * chapter at once both write 'draft', which merges to 'draft'.
 * @example promoteChapterToDraft(doc, chapterId); // after typing into the chapter's body
 */
export function promoteChapterToDraft(doc: Y.Doc, id: string): boolean {
  const chapter = requireEntity(doc, chapterSpec, id);
  const body = chapter.get(BODY);
  if ((chapter.get(STATUS) ?? 'empty') !== 'empty') return false;
  if (!(body instanceof Y.XmlFragment) || !fragmentHasText(body)) return false;
  doc.transact(() => chapter.set(STATUS, 'draft'));
  return true;
}

/** Moves a chapter to `index`. */
export function moveChapter(doc: Y.Doc, id: string, index: number): void {
  moveEntity(doc, chapterSpec, id, { index });
}

/** Moves a chapter, with its text, to the Papierkorb. */
export function deleteChapter(doc: Y.Doc, id: string, options: DeleteOptions = {}): void {
  requireEntity(doc, chapterSpec, id);
  trashEntities(doc, [[CHAPTERS, id]], options);
}
