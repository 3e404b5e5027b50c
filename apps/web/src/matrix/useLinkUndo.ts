import { keys, linkMeasureToGoal, unlinkMeasureFromGoal } from '@werkbank/concept';
import { useCallback, useEffect, useState } from 'react';
import * as Y from 'yjs';

/** What the status line says when a link step is taken back and when it is made again. */
export interface LinkStepLabels {
  undone: string;
  redone: string;
}

/** Links and unlinks from the matrix, takes the last of them back and makes it again. */
export interface LinkUndo {
  /** Links (`true`) or unlinks the measure and the goal as one undo step, with what to say when it is undone or redone. */
  setLink(measureId: string, goalId: string, linked: boolean, labels: LinkStepLabels): void;
  /** Takes back the last link or unlink made here; returns its label, or null when there is nothing to undo. */
  undo(): string | null;
  /** Makes the last step taken back again; returns its label, or null when there is nothing to redo. */
  redo(): string | null;
  canUndo: boolean;
  canRedo: boolean;
}

const LABELS = 'labels';

function labelsOf(item: { meta: Map<unknown, unknown> } | undefined): LinkStepLabels | undefined {
  return item?.meta.get(LABELS) as LinkStepLabels | undefined;
}

/**
 * A Yjs UndoManager over the measures' goal links that tracks only the changes the matrix makes on this replica
 * (its own transaction origin), so undo and redo never touch someone else's edit or one made in another view.
 */
export function useLinkUndo(doc: Y.Doc): LinkUndo {
  const [origin] = useState(() => Symbol('matrix'));
  const [manager, setManager] = useState<Y.UndoManager | null>(null);
  const [stacks, setStacks] = useState({ canUndo: false, canRedo: false });
  // Created in an effect with cleanup: StrictMode mounts twice, and a manager left behind would keep listening.
  useEffect(() => {
    const undoManager = new Y.UndoManager(doc.getMap(keys.MEASURES), {
      trackedOrigins: new Set([origin]),
      captureTimeout: 0,
    });
    const update = () =>
      setStacks({ canUndo: undoManager.undoStack.length > 0, canRedo: undoManager.redoStack.length > 0 });
    undoManager.on('stack-item-added', update);
    undoManager.on('stack-item-popped', update);
    undoManager.on('stack-cleared', update);
    setManager(undoManager);
    return () => {
      undoManager.destroy();
      setManager(null);
      setStacks({ canUndo: false, canRedo: false });
    };
  }, [doc, origin]);

  const setLink = useCallback(
    (measureId: string, goalId: string, linked: boolean, labels: LinkStepLabels) => {
      const before = manager?.undoStack.length ?? 0;
      doc.transact(() => {
        if (linked) linkMeasureToGoal(doc, measureId, goalId);
        else unlinkMeasureFromGoal(doc, measureId, goalId);
      }, origin);
      // Nothing to take back when the link was already as wanted (someone else made it a moment ago).
      if (manager && manager.undoStack.length > before) manager.undoStack.at(-1)?.meta.set(LABELS, labels);
    },
    [doc, origin, manager],
  );

  // Yjs moves a step between the stacks as a new item, so its labels are carried over by hand.
  const step = useCallback(
    (direction: 'undo' | 'redo') => {
      if (!manager) return null;
      const undoing = direction === 'undo';
      const item = (undoing ? manager.undoStack : manager.redoStack).at(-1);
      if (!item) return null;
      const labels = labelsOf(item);
      const target = undoing ? manager.redoStack : manager.undoStack;
      const before = target.length;
      if (undoing) manager.undo();
      else manager.redo();
      if (labels && target.length > before) target.at(-1)?.meta.set(LABELS, labels);
      return (undoing ? labels?.undone : labels?.redone) ?? '';
    },
    [manager],
  );
  const undo = useCallback(() => step('undo'), [step]);
  const redo = useCallback(() => step('redo'), [step]);

  return { setLink, undo, redo, ...stacks };
}
