import type { ViewProps } from '../common/ViewProps.ts';

/** Props of `VisionView`. */
export type VisionViewProps = ViewProps;

/** (in progress) */
export function VisionView({ editable }: VisionViewProps) {
  return <section data-editable={editable} />;
}
