import * as Y from 'yjs';

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
 * local), and keeps every local change since in one undo step so it can be taken back.
 */
export function watchFirstLocalEdit(doc: Y.Doc, onEdit: () => void): LocalEditWatch {
  const undoManager = new Y.UndoManager(doc, {
    trackedOrigins: new EveryOrigin(),
    captureTransaction: (transaction) => transaction.local,
    captureTimeout: Number.POSITIVE_INFINITY,
  });
  let told = false;
  undoManager.on('stack-item-added', (event) => {
    if (told || event.type !== 'undo') return;
    told = true;
    onEdit();
  });
  return {
    undo() {
      while (undoManager.undoStack.length > 0) undoManager.undo();
    },
    stop() {
      undoManager.destroy();
    },
  };
}
