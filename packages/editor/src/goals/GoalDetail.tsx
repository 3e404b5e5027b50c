import type { ViewProps } from '../common/ViewProps.ts';

/** Props of `GoalDetail`. */
export interface GoalDetailProps extends ViewProps {
  goalId: string;
  /** Opens a linked measure. */
  onOpenMeasure?: (measureId: string) => void;
}

/** (in progress) */
export function GoalDetail({ goalId }: GoalDetailProps) {
  return <section data-goal={goalId} />;
}
