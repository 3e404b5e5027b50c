import * as Y from 'yjs';
import { fragmentText } from './fragmentText.ts';

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

// The rich-text body a changed type belongs to (a body is a plain XmlFragment; its blocks are XmlElements).
function bodyOf(type: Y.AbstractType<unknown> | null): Y.XmlFragment | null {
  let current = type;
  while (current) {
    if (current.constructor === Y.XmlFragment) return current as Y.XmlFragment;
    current = current.parent as Y.AbstractType<unknown> | null;
  }
  return null;
}

function allBodies(doc: Y.Doc): Y.XmlFragment[] {
  const bodies: Y.XmlFragment[] = [];
  for (const type of doc.share.values()) {
    if (type.constructor === Y.XmlFragment) bodies.push(type as Y.XmlFragment);
    if (!(type instanceof Y.Map)) continue;
    for (const entity of type.values())
      if (entity instanceof Y.Map)
        for (const value of entity.values()) if (value instanceof Y.XmlFragment) bodies.push(value);
  }
  return bodies;
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
  const texts = new Map(allBodies(doc).map((body) => [body, fragmentText(body)]));
  let told = false;

  function isEdit(transaction: Y.Transaction): boolean {
    let edit = false;
    for (const type of transaction.changed.keys()) {
      const body = bodyOf(type as Y.AbstractType<unknown>);
      if (!body) {
        edit = true;
        continue;
      }
      const text = fragmentText(body);
      // A body not seen before (it came with someone else's new entity) is taken as it is now.
      if (texts.has(body) && texts.get(body) !== text) edit = true;
      texts.set(body, text);
    }
    return edit;
  }

  function afterTransaction(transaction: Y.Transaction) {
    if (told || transaction.origin === undoManager) return;
    if (!transaction.local) {
      for (const type of transaction.changed.keys()) {
        const body = bodyOf(type as Y.AbstractType<unknown>);
        if (body) texts.set(body, fragmentText(body));
      }
      return;
    }
    if (!isEdit(transaction)) return;
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
      undoManager.destroy();
    },
  };
}
