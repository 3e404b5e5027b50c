/** A sortable column of the measures table. */
export type MeasuresColumn = 'code' | 'title' | 'field' | 'lead' | 'status' | 'priority' | 'period' | 'costs';

/** Sort order of the measures table; null keeps concept order. */
export interface MeasuresSort {
  column: MeasuresColumn;
  direction: 'asc' | 'desc';
}
