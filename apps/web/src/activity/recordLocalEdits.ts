import { EDIT_LOG_ORIGIN, type Migration, migrations, partsOfChange, recordEdits } from '@werkbank/concept';
import type * as Y from 'yjs';
import { shareBodyTexts } from '../revision/bodyTexts.ts';

/**
 * Writes into the concept's edit log which parts this person changes here, so the others see it on their next
 * visit. Only edits count: changes from elsewhere, loads from storage, schema migrations and an editor
 * rewriting a body without changing its text do not. Returns a function that stops it.
 */
export function recordLocalEdits(doc: Y.Doc, who: () => { name: string; device: string } | null): () => void {
  const { texts: bodies, release } = shareBodyTexts(doc);
  let pending = new Set<string>();
  let scheduled = false;

  function flush() {
    scheduled = false;
    const parts = pending;
    pending = new Set();
    const person = who();
    if (person && parts.size > 0) recordEdits(doc, parts, person);
  }

  function afterTransaction(transaction: Y.Transaction) {
    // What came from elsewhere, and migrations, the shared BodyTexts takes in by itself.
    if (transaction.origin === EDIT_LOG_ORIGIN) return;
    if (!transaction.local || migrations.includes(transaction.origin as Migration)) return;
    for (const [type, keys] of bodies.edited(transaction))
      for (const part of partsOfChange(doc, type, keys)) pending.add(part);
    if (pending.size === 0 || scheduled) return;
    // Written after the edit's own transaction, as one small transaction of its own.
    scheduled = true;
    queueMicrotask(flush);
  }

  doc.on('afterTransaction', afterTransaction);
  return () => {
    doc.off('afterTransaction', afterTransaction);
    release();
  };
}
