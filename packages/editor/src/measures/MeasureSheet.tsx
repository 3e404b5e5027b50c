import type { ViewProps } from '../common/ViewProps.ts';

/** Props of `MeasureSheet`. */
export interface MeasureSheetProps extends ViewProps {
  measureId: string;
  /** Opens a goal the measure serves. */
  onOpenGoal?: (goalId: string) => void;
}

/** (in progress) */
export function MeasureSheet({ measureId }: MeasureSheetProps) {
  return <section data-measure={measureId} />;
}
