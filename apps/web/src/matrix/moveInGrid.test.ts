import { describe, expect, it } from 'vitest';
import { moveInGrid } from './moveInGrid.ts';

const at = { row: 5, col: 5 };

describe('moveInGrid', () => {
  it('moves by one cell with the arrows and stops at the edges', () => {
    expect(moveInGrid(at, 'ArrowRight', false, 20, 8)).toEqual({ row: 5, col: 6 });
    expect(moveInGrid(at, 'ArrowLeft', false, 20, 8)).toEqual({ row: 5, col: 4 });
    expect(moveInGrid(at, 'ArrowDown', false, 20, 8)).toEqual({ row: 6, col: 5 });
    expect(moveInGrid(at, 'ArrowUp', false, 20, 8)).toEqual({ row: 4, col: 5 });
    expect(moveInGrid({ row: 0, col: 0 }, 'ArrowUp', false, 20, 8)).toEqual({ row: 0, col: 0 });
    expect(moveInGrid({ row: 19, col: 7 }, 'ArrowRight', false, 20, 8)).toEqual({ row: 19, col: 7 });
  });

  it('goes to the row’s ends with Home/End, the grid’s with Ctrl, and ten rows with Page Up/Down', () => {
    expect(moveInGrid(at, 'Home', false, 20, 8)).toEqual({ row: 5, col: 0 });
    expect(moveInGrid(at, 'End', false, 20, 8)).toEqual({ row: 5, col: 7 });
    expect(moveInGrid(at, 'Home', true, 20, 8)).toEqual({ row: 0, col: 0 });
    expect(moveInGrid(at, 'End', true, 20, 8)).toEqual({ row: 19, col: 7 });
    expect(moveInGrid(at, 'PageDown', false, 20, 8)).toEqual({ row: 15, col: 5 });
    expect(moveInGrid(at, 'PageDown', false, 12, 8)).toEqual({ row: 11, col: 5 });
    expect(moveInGrid(at, 'PageUp', false, 20, 8)).toEqual({ row: 0, col: 5 });
  });

  it('leaves other keys to others', () => {
    expect(moveInGrid(at, 'a', false, 20, 8)).toBeNull();
    expect(moveInGrid(at, 'Tab', false, 20, 8)).toBeNull();
  });
});
