import type { MeasuresColumn, MeasuresSort } from './MeasuresSort.ts';

/** Props of `SortableHeader`. */
export interface SortableHeaderProps {
  column: MeasuresColumn;
  label: string;
  sort: MeasuresSort | null;
  onSortChange: (sort: MeasuresSort | null) => void;
}

function nextSort(column: MeasuresColumn, sort: MeasuresSort | null): MeasuresSort | null {
  if (sort?.column !== column) return { column, direction: 'asc' };
  return sort.direction === 'asc' ? { column, direction: 'desc' } : null;
}

/** A column header that sorts by its column: ascending, descending, then back to concept order. */
export function SortableHeader({ column, label, sort, onSortChange }: SortableHeaderProps) {
  const active = sort?.column === column ? sort.direction : null;
  const ariaSort = active === 'asc' ? 'ascending' : active === 'desc' ? 'descending' : 'none';
  return (
    <th scope="col" aria-sort={ariaSort}>
      <button type="button" className="wb-sort-button" onClick={() => onSortChange(nextSort(column, sort))}>
        {label}
        <span aria-hidden="true" className="wb-sort-indicator">
          {active === 'asc' ? '▲' : active === 'desc' ? '▼' : '↕'}
        </span>
      </button>
    </th>
  );
}
