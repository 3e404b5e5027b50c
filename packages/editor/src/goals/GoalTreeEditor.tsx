import type { Awareness } from 'y-protocols/awareness';
import type * as Y from 'yjs';

/** Props of `GoalTreeEditor`. */
export interface GoalTreeEditorProps {
  doc: Y.Doc;
  editable: boolean;
  /** Opens a goal's details (Enter on a goal, or its open button). */
  onOpenGoal?: (goalId: string) => void;
  /** The goal shown in the details pane, highlighted in the tree. */
  selectedGoalId?: string | null;
  awareness?: Awareness | null;
}

/** (in progress) */
export function GoalTreeEditor({ editable }: GoalTreeEditorProps) {
  return <div role="tree" aria-label="tree" data-editable={editable} />;
}
