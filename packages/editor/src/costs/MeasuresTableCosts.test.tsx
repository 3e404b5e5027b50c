import { act, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { addCostLine } from '@werkbank/concept';
import { useState } from 'react';
import { describe, expect, it } from 'vitest';
import type * as Y from 'yjs';
import type { MeasuresFilter } from '../measures/MeasuresFilter.ts';
import type { MeasuresSort } from '../measures/MeasuresSort.ts';
import { MeasuresTable } from '../measures/MeasuresTable.tsx';
import { smallConcept, syncedDocs } from '../test/factories.ts';

function Harness({ doc, initialFilter = {} }: { doc: Y.Doc; initialFilter?: MeasuresFilter }) {
  const [filter, setFilter] = useState<MeasuresFilter>(initialFilter);
  const [sort, setSort] = useState<MeasuresSort | null>(null);
  return (
    <MeasuresTable
      doc={doc}
      filter={filter}
      onFilterChange={setFilter}
      sort={sort}
      onSortChange={setSort}
      onOpen={() => {}}
    />
  );
}

const text = (el: Element | null) => (el?.textContent ?? '').replaceAll('\u00a0', ' ');

describe('the measures table’s costs', () => {
  it('shows each measure’s costs, the sum of the rows shown and their budget by year and source, live', async () => {
    const [a, b] = syncedDocs();
    const { m1, m2, sport } = smallConcept(a);
    addCostLine(a, m1, { year: 2026, amount: 4800, source: 'landesmittel' });
    addCostLine(a, m1, { year: 2027, amount: 1200.5, source: 'eigenanteil' });
    render(<Harness doc={a} />);
    const table = screen.getByRole('table', { name: 'Maßnahmen' });
    const footer = () => text(table.querySelector('tfoot'));
    expect(footer()).toBe('Summe der gezeigten Maßnahmen6.000,50 €');
    const row = (code: string) =>
      within(table)
        .getByRole('button', { name: new RegExp(code) })
        .closest('tr');
    expect(text(row('M-01')?.querySelectorAll('td')[7] ?? null)).toBe('6.000,50 €');
    expect(text(row('M-02')?.querySelectorAll('td')[7] ?? null)).toBe('');
    act(() => {
      addCostLine(b, m2, { year: 2026, amount: 3000, source: 'drittmittel' });
    });
    expect(footer()).toBe('Summe der gezeigten Maßnahmen9.000,50 €');
    const budget = screen.getByRole('table', { name: /Kosten der gezeigten Maßnahmen nach Jahr/ });
    expect(text(budget.querySelector('tfoot'))).toBe('Summe4.800 €1.200,50 €3.000 €9.000,50 €');
    // Sorting by costs puts the cheaper measure first.
    await userEvent.setup({ delay: null }).click(within(table).getByRole('button', { name: /^Kosten/ }));
    const codes = within(table)
      .getAllByRole('button', { name: /öffnen/ })
      .map((button) => button.textContent);
    expect(codes).toEqual(['M-02', 'M-01']);
    expect(sport).toBeTruthy();
  });

  it('adds up only the rows a filter shows', () => {
    const [a] = syncedDocs();
    const { m1, m2, sport } = smallConcept(a);
    addCostLine(a, m1, { amount: 100 });
    addCostLine(a, m2, { amount: 50 });
    render(<Harness doc={a} initialFilter={{ fieldId: sport }} />);
    expect(text(screen.getByRole('table', { name: 'Maßnahmen' }).querySelector('tfoot'))).toBe(
      'Summe der gezeigten Maßnahmen100 €',
    );
  });
});
