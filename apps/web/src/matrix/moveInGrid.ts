/** A cell of the matrix: row (goal) and column (measure) among those shown. */
export interface GridPosition {
  row: number;
  col: number;
}

const PAGE = 10;

/**
 * Where a key moves the focus in a grid of `rows` × `cols` cells (WAI-ARIA data grid): arrows by one cell,
 * Home/End to the row's first/last cell, with Ctrl to the grid's first/last cell, PageUp/PageDown by ten rows.
 * Null for any other key. Moves stop at the edges.
 * @example moveInGrid({ row: 0, col: 0 }, 'ArrowRight', false, 5, 5) // { row: 0, col: 1 }
 */
export function moveInGrid(
  at: GridPosition,
  key: string,
  ctrl: boolean,
  rows: number,
  cols: number,
): GridPosition | null {
  const clamp = (row: number, col: number) => ({
    row: Math.max(0, Math.min(rows - 1, row)),
    col: Math.max(0, Math.min(cols - 1, col)),
  });
  switch (key) {
    case 'ArrowRight':
      return clamp(at.row, at.col + 1);
    case 'ArrowLeft':
      return clamp(at.row, at.col - 1);
    case 'ArrowDown':
      return clamp(at.row + 1, at.col);
    case 'ArrowUp':
      return clamp(at.row - 1, at.col);
    case 'Home':
      return ctrl ? clamp(0, 0) : clamp(at.row, 0);
    case 'End':
      return ctrl ? clamp(rows - 1, cols - 1) : clamp(at.row, cols - 1);
    case 'PageDown':
      return clamp(at.row + PAGE, at.col);
    case 'PageUp':
      return clamp(at.row - PAGE, at.col);
    default:
      return null;
  }
}
