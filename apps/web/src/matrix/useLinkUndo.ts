import { keys, linkMeasureToGoal, unlinkMeasureFromGoal } from '@werkbank/concept';
import { useCallback, useEffect, useState } from 'react';
import * as Y from 'yjs';

/** Links and unlinks from the matrix, and takes the last of them back. */
export interface LinkUndo {
  /** Links (`true`) or unlinks the measure and the goal as one undo step; `label` is said when it is undone. */
  setLink(measureId: string, goalId: string, linked: boolean, label: string): void;
  /** Takes back the last link or unlink made here; returns its label, or null when there is nothing to undo. */
  undo(): string | null;
  canUndo: boolean;
}

const LABEL = 'label';

/**
 * A Yjs UndoManager over the measures' goal links that tracks only the changes the matrix makes on this replica
 * (its own transaction origin), so undo never takes back someone else's edit or one made in another view.
 */
export function useLinkUndo(doc: Y.Doc): LinkUndo {
  const [origin] = useState(() => Symbol('matrix'));
  const [manager, setManager] = useState<Y.UndoManager | null>(null);
  const [canUndo, setCanUndo] = useState(false);
  // Created in an effect with cleanup: StrictMode mounts twice, and a manager left behind would keep listening.
  useEffect(() => {
    const undoManager = new Y.UndoManager(doc.getMap(keys.MEASURES), {
      trackedOrigins: new Set([origin]),
      captureTimeout: 0,
    });
    const update = () => setCanUndo(undoManager.undoStack.length > 0);
    undoManager.on('stack-item-added', update);
    undoManager.on('stack-item-popped', update);
    undoManager.on('stack-cleared', update);
    setManager(undoManager);
    return () => {
      undoManager.destroy();
      setManager(null);
      setCanUndo(false);
    };
  }, [doc, origin]);

  const setLink = useCallback(
    (measureId: string, goalId: string, linked: boolean, label: string) => {
      const before = manager?.undoStack.length ?? 0;
      doc.transact(() => {
        if (linked) linkMeasureToGoal(doc, measureId, goalId);
        else unlinkMeasureFromGoal(doc, measureId, goalId);
      }, origin);
      // Nothing to take back when the link was already as wanted (someone else made it a moment ago).
      if (manager && manager.undoStack.length > before) manager.undoStack.at(-1)?.meta.set(LABEL, label);
    },
    [doc, origin, manager],
  );

  const undo = useCallback(() => {
    const item = manager?.undoStack.at(-1);
    if (!manager || !item) return null;
    manager.undo();
    return (item.meta.get(LABEL) as string | undefined) ?? '';
  }, [manager]);

  return { setLink, undo, canUndo };
}
