import { useT } from '@werkbank/editor';

/** What the matrix says about the last click: a link made or removed, or why a cell is covered. */
export interface StatusMessage {
  text: string;
  /** The message is about a change that can be taken back. */
  undo?: boolean;
  /** Offers to link a measure that serves the goal through a subgoal directly. */
  linkDirectly?: () => void;
}

interface MatrixStatusProps {
  status: StatusMessage | null;
  canUndo: boolean;
  canRedo: boolean;
  onUndo: () => void;
  onRedo: () => void;
}

/** A polite live region under the tools: the message and, where it helps, "Rückgängig", "Wiederholen" or "Auch direkt verknüpfen". */
export function MatrixStatus({ status, canUndo, canRedo, onUndo, onRedo }: MatrixStatusProps) {
  const t = useT();
  return (
    <div className="matrix-status">
      <p role="status">{status?.text ?? ''}</p>
      {status?.undo && canUndo && (
        <button type="button" onClick={onUndo}>
          {t('web.matrix.undo')}
        </button>
      )}
      {status?.undo && canRedo && (
        <button type="button" onClick={onRedo}>
          {t('web.matrix.redo')}
        </button>
      )}
      {status?.linkDirectly && (
        <button type="button" onClick={status.linkDirectly}>
          {t('web.matrix.linkDirectly')}
        </button>
      )}
    </div>
  );
}
