import type * as Y from 'yjs';
import { collection } from '../model/entityStore.ts';
import { BODY, CHAPTERS, STATUS } from '../model/keys.ts';
import { promoteChapterToDraft } from './chapterVerbs.ts';

/**
 * Moves a chapter from 'empty' to 'draft' as soon as its first text is typed on this replica: for editors bound
 * to a chapter's body, which write to the fragment directly rather than through a verb. Only local edits
 * count, so the client that typed writes the status (offline too, synced later) and the others receive it
 * instead of all writing it again. Watches the chapter `chapterId`, or every chapter when none is given.
 * Returns the function that stops watching.
 * @example useEffect(() => watchChapterStatus(doc, chapterId), [doc, chapterId]);
 */
export function watchChapterStatus(doc: Y.Doc, chapterId?: string): () => void {
  const chapters = collection(doc, CHAPTERS);
  const onChange = (events: Y.YEvent<Y.AbstractType<unknown>>[], transaction: Y.Transaction) => {
    if (!transaction.local) return;
    const typedIn = new Set<string>();
    for (const event of events) {
      const [id, field] = event.path;
      if (field === BODY && typeof id === 'string' && (chapterId ?? id) === id) typedIn.add(id);
    }
    for (const id of typedIn) {
      const chapter = chapters.get(id);
      if (chapter && (chapter.get(STATUS) ?? 'empty') === 'empty') promoteChapterToDraft(doc, id);
    }
  };
  chapters.observeDeep(onChange);
  return () => chapters.unobserveDeep(onChange);
}
