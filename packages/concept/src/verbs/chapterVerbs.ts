import type * as Y from 'yjs';
import { chapterInputSchema } from '../json/inputSchemas.ts';
import { chapterSpec } from '../model/entitySpecs.ts';
import { addEntity, moveEntity, removeEntity, updateEntity } from '../model/entityVerbs.ts';
import { CHAPTERS } from '../model/keys.ts';
import { parseInput } from '../model/parseInput.ts';
import type { ChapterInput } from './inputTypes.ts';

/** Adds a chapter (Kapitel) at `index`; returns its id. */
export function addChapter(doc: Y.Doc, input: ChapterInput = {}, index?: number): string {
  return addEntity(doc, chapterSpec, parseInput(chapterInputSchema, input, CHAPTERS), { index });
}

/** Changes a chapter's title, status, guiding questions or body. */
export function updateChapter(doc: Y.Doc, id: string, patch: ChapterInput): void {
  updateEntity(doc, chapterSpec, id, parseInput(chapterInputSchema, patch, CHAPTERS));
}

/** Moves a chapter to `index`. */
export function moveChapter(doc: Y.Doc, id: string, index: number): void {
  moveEntity(doc, chapterSpec, id, { index });
}

/** Deletes a chapter and its text. */
export function deleteChapter(doc: Y.Doc, id: string): void {
  removeEntity(doc, chapterSpec, id);
}
