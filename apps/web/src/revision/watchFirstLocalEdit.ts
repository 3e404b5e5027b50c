import * as Y from 'yjs';
import { shareBodyTexts } from './bodyTexts.ts';

// Y.UndoManager tracks only the origins it is given; every local change, whatever editor or verb made it, counts.
class EveryOrigin extends Set<unknown> {
  override has(): boolean {
    return true;
  }
}

/** What `watchFirstLocalEdit` hands back: take back what was changed on this replica since, or stop watching. */
export interface LocalEditWatch {
  undo(): void;
  stop(): void;
}

/**
 * Calls `onEdit` once, at the first change made on this replica (remote updates and loads from storage are not
 * local), and keeps every local change since in one undo step so it can be taken back. An editor binding a body
 * may rewrite its structure without changing its text (opening a chapter does): that is no edit, so a local
 * change that only touches bodies counts when the text of one of them changed.
 */
export function watchFirstLocalEdit(doc: Y.Doc, onEdit: () => void): LocalEditWatch {
  const undoManager = new Y.UndoManager(doc, {
    trackedOrigins: new EveryOrigin(),
    captureTransaction: (transaction) => transaction.local,
    captureTimeout: Number.POSITIVE_INFINITY,
  });
  const { texts: bodies, release } = shareBodyTexts(doc);
  let told = false;

  function afterTransaction(transaction: Y.Transaction) {
    // What came from elsewhere the shared BodyTexts takes in by itself.
    if (told || transaction.origin === undoManager || !transaction.local) return;
    if (bodies.edited(transaction).length === 0) return;
    told = true;
    onEdit();
  }

  doc.on('afterTransaction', afterTransaction);
  return {
    undo() {
      while (undoManager.undoStack.length > 0) undoManager.undo();
    },
    stop() {
      doc.off('afterTransaction', afterTransaction);
      release();
      undoManager.destroy();
    },
  };
}
