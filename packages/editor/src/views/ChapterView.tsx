import type { ViewProps } from '../common/ViewProps.ts';

/** Props of `ChapterView`. */
export interface ChapterViewProps extends ViewProps {
  chapterId: string;
}

/** (in progress) */
export function ChapterView({ chapterId }: ChapterViewProps) {
  return <section data-chapter={chapterId} />;
}
