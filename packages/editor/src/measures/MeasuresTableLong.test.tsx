import { act, fireEvent, render, screen } from '@testing-library/react';
import { fromJSON, sampleConcept } from '@werkbank/concept';
import { useState } from 'react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type * as Y from 'yjs';
import type { MeasuresFilter } from './MeasuresFilter.ts';
import type { MeasuresSort } from './MeasuresSort.ts';
import { LONG_LIST, MeasuresTable } from './MeasuresTable.tsx';

function Harness({ doc }: { doc: Y.Doc }) {
  const [filter, setFilter] = useState<MeasuresFilter>({});
  const [sort, setSort] = useState<MeasuresSort | null>(null);
  return (
    <MeasuresTable
      doc={doc}
      filter={filter}
      onFilterChange={setFilter}
      sort={sort}
      onSortChange={setSort}
      onOpen={vi.fn()}
    />
  );
}

// jsdom lays nothing out: the scrolling box gets a height of 600 px and each rendered row 64 px (the table's estimate
// for rows not yet rendered), as TanStack Virtual's own tests do, so the virtualizer has a view to fill.
const BOX = 600;
const ROW = 64;

beforeEach(() => {
  vi.spyOn(HTMLElement.prototype, 'clientHeight', 'get').mockImplementation(function (this: HTMLElement) {
    return this.classList.contains('wb-table-scroll') ? BOX : 0;
  });
  vi.spyOn(HTMLElement.prototype, 'clientWidth', 'get').mockImplementation(function (this: HTMLElement) {
    return this.classList.contains('wb-table-scroll') ? 1000 : 0;
  });
  vi.spyOn(HTMLElement.prototype, 'offsetHeight', 'get').mockImplementation(function (this: HTMLElement) {
    return this.hasAttribute('data-index') ? ROW : 0;
  });
});
afterEach(() => vi.restoreAllMocks());

function table(): HTMLTableElement {
  return screen.getByRole('table', { name: 'Maßnahmen' }) as HTMLTableElement;
}
function renderedCodes(): string[] {
  return [...table().querySelectorAll('tbody tr.wb-measure-row')].map(
    (row) => row.querySelector('td')?.textContent ?? '',
  );
}
function box(): HTMLElement {
  return table().closest('.wb-table-scroll') as HTMLElement;
}

describe('MeasuresTable with many measures', () => {
  it('renders only the rows near the view of 1,000, and the later ones when the box scrolls', () => {
    render(<Harness doc={fromJSON(sampleConcept({ measures: 1000 }))} />);
    expect(screen.getByText('1000 von 1000 Maßnahmen')).toBeTruthy();
    const first = renderedCodes();
    expect(first.length).toBeGreaterThan(BOX / ROW);
    expect(first.length).toBeLessThan(60);
    expect(first[0]).toBe('M-0001');
    // Screen readers learn the full size: header, 1,000 rows, the sum row.
    expect(table().getAttribute('aria-rowcount')).toBe('1002');
    const rows = table().querySelectorAll('tbody tr.wb-measure-row');
    expect(rows[0]?.getAttribute('aria-rowindex')).toBe('2');
    expect(table().querySelector('tfoot tr')?.getAttribute('aria-rowindex')).toBe('1002');
    // A spacer below stands in for the 900-odd rows not rendered.
    const spacers = table().querySelectorAll<HTMLElement>('tbody tr.wb-spacer-row');
    expect(spacers).toHaveLength(1);
    expect(spacers[0]?.getAttribute('aria-hidden')).toBe('true');
    const below = Number.parseFloat(spacers[0]?.querySelector('td')?.style.height ?? '0');
    expect(below).toBe((1000 - first.length) * ROW);

    act(() => {
      box().scrollTop = 500 * ROW;
      fireEvent.scroll(box());
    });
    const later = renderedCodes();
    expect(later.length).toBeLessThan(60);
    expect(later).toContain('M-0501');
    expect(later).not.toContain('M-0001');
    const row501 = [...table().querySelectorAll('tbody tr.wb-measure-row')].find(
      (row) => row.querySelector('td')?.textContent === 'M-0501',
    );
    expect(row501?.getAttribute('aria-rowindex')).toBe('502');
    // Spacers above and below keep the scrollbar's length: rendered plus stood-in rows make 1,000.
    const heights = [...table().querySelectorAll<HTMLElement>('tbody tr.wb-spacer-row td')].map((td) =>
      Number.parseFloat(td.style.height),
    );
    expect(heights).toHaveLength(2);
    expect((heights[0] ?? 0) + (heights[1] ?? 0) + later.length * ROW).toBe(1000 * ROW);

    act(() => {
      box().scrollTop = 1000 * ROW - BOX;
      fireEvent.scroll(box());
    });
    expect(renderedCodes().at(-1)).toBe('M-1000');
    expect(table().querySelector('tfoot')?.textContent).toMatch(/Summe/);
  });

  it('keeps the row holding the focus while the box scrolls away from it', () => {
    render(<Harness doc={fromJSON(sampleConcept({ measures: 1000 }))} />);
    const button = screen.getByRole('button', { name: /^Maßnahme M-0003 öffnen/ });
    act(() => button.focus());
    act(() => {
      box().scrollTop = 500 * ROW;
      fireEvent.scroll(box());
    });
    expect(document.activeElement).toBe(button);
    const codes = renderedCodes();
    expect(codes[0]).toBe('M-0003');
    expect(codes).toContain('M-0501');
    expect(codes).not.toContain('M-0004');
    // Spacers before it, between it and the rows in view, and after: the length stays 1,000 rows.
    const heights = [...table().querySelectorAll<HTMLElement>('tbody tr.wb-spacer-row td')].map((td) =>
      Number.parseFloat(td.style.height),
    );
    expect(heights).toHaveLength(3);
    expect(heights.reduce((a, b) => a + b, 0) + codes.length * ROW).toBe(1000 * ROW);
    // Once the focus has left the table, the row goes when the box scrolls on.
    act(() => button.blur());
    act(() => {
      box().scrollTop = 600 * ROW;
      fireEvent.scroll(box());
    });
    expect(renderedCodes()).not.toContain('M-0003');
  });

  it(`renders every row up to ${LONG_LIST}, as a small concept always did`, () => {
    render(<Harness doc={fromJSON(sampleConcept({ measures: LONG_LIST }))} />);
    expect(renderedCodes()).toHaveLength(LONG_LIST);
    expect(table().hasAttribute('aria-rowcount')).toBe(false);
    expect(table().querySelector('[aria-rowindex], .wb-spacer-row')).toBeNull();
    expect(box().classList.contains('wb-table-scroll--long')).toBe(false);
  });

  it('renders every row again once a filter leaves few', () => {
    render(<Harness doc={fromJSON(sampleConcept({ measures: 1000 }))} />);
    expect(renderedCodes().length).toBeLessThan(60);
    fireEvent.change(screen.getByLabelText('Suche in Code und Titel'), { target: { value: 'M-00' } });
    expect(renderedCodes()).toHaveLength(99);
    expect(table().hasAttribute('aria-rowcount')).toBe(false);
  });
});
