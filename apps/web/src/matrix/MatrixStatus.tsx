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
  onUndo: () => void;
}

/** A polite live region under the tools: the message and, where it helps, "Rückgängig" or "Auch direkt verknüpfen". */
export function MatrixStatus({ status, canUndo, onUndo }: MatrixStatusProps) {
  const t = useT();
  return (
    <div className="matrix-status">
      <p role="status">{status?.text ?? ''}</p>
      {status?.undo && canUndo && (
        <button type="button" onClick={onUndo}>
          {t('web.matrix.undo')}
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
