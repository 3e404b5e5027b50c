import type { Awareness } from 'y-protocols/awareness';
import type * as Y from 'yjs';
import type { MeasuresFilter } from './MeasuresFilter.ts';
import type { MeasuresSort } from './MeasuresSort.ts';

/** Props of `MeasuresTable` (controlled: the web app keeps filter and sort in its session state). */
export interface MeasuresTableProps {
  doc: Y.Doc;
  filter: MeasuresFilter;
  onFilterChange: (filter: MeasuresFilter) => void;
  sort: MeasuresSort | null;
  onSortChange: (sort: MeasuresSort | null) => void;
  onOpen: (measureId: string) => void;
  /** For presence dots on rows others are editing. */
  awareness?: Awareness | null;
}

/** (in progress) */
export function MeasuresTable({ doc }: MeasuresTableProps) {
  return <table data-doc={doc.clientID} />;
}
