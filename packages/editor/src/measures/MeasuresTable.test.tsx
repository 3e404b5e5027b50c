import { act, fireEvent, render, screen, within } from '@testing-library/react';
import {
  addMeasure,
  addProposal,
  addWorkshop,
  promoteProposal,
  readMeasures,
  updateMeasure,
} from '@werkbank/concept';
import { useState } from 'react';
import { describe, expect, it, vi } from 'vitest';
import type * as Y from 'yjs';
import { smallConcept, syncedDocs } from '../test/factories.ts';
import type { MeasuresFilter } from './MeasuresFilter.ts';
import type { MeasuresSort } from './MeasuresSort.ts';
import { MeasuresTable } from './MeasuresTable.tsx';

interface HarnessProps {
  doc: Y.Doc;
  onOpen: (id: string) => void;
  onAdded?: (id: string) => void;
  initialFilter?: MeasuresFilter;
}

function Harness({ doc, onOpen, onAdded, initialFilter = {} }: HarnessProps) {
  const [filter, setFilter] = useState<MeasuresFilter>(initialFilter);
  const [sort, setSort] = useState<MeasuresSort | null>(null);
  return (
    <MeasuresTable
      doc={doc}
      filter={filter}
      onFilterChange={setFilter}
      sort={sort}
      onSortChange={setSort}
      onOpen={onOpen}
      onAdded={onAdded}
    />
  );
}

function codes(): string[] {
  const body = screen.getByRole('table').querySelector('tbody') as HTMLElement;
  return within(body)
    .queryAllByRole('row')
    .map((row) => row.querySelector('td')?.textContent ?? '');
}

function setup() {
  const [a, b] = syncedDocs();
  const ids = smallConcept(a);
  const onOpen = vi.fn();
  render(<Harness doc={a} onOpen={onOpen} />);
  return { a, b, onOpen, ...ids };
}

describe('MeasuresTable', () => {
  it('filters by field of action, goal, status, lead and key-measure flag', () => {
    const { a, m2 } = setup();
    expect(codes()).toEqual(['M-01', 'M-02']);
    fireEvent.change(screen.getByLabelText('Handlungsfeld'), {
      target: { value: screen.getByRole('option', { name: 'Sport' }).getAttribute('value') },
    });
    expect(codes()).toEqual(['M-01']);
    expect(screen.getByText('1 von 2 Maßnahmen')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Filter zurücksetzen' }));
    // A Leitziel matches the measures serving its Handlungsziele.
    fireEvent.change(screen.getByLabelText('Ziel'), {
      target: { value: screen.getByRole('option', { name: /1 Vielfalt wird gelebt/ }).getAttribute('value') },
    });
    expect(codes()).toEqual(['M-01']);
    fireEvent.click(screen.getByRole('button', { name: 'Filter zurücksetzen' }));
    fireEvent.change(screen.getByLabelText('Status'), { target: { value: 'idea' } });
    expect(codes()).toEqual(['M-02']);
    fireEvent.click(screen.getByRole('button', { name: 'Filter zurücksetzen' }));
    fireEvent.change(screen.getByLabelText('Federführung'), { target: { value: 'Sportbund' } });
    expect(codes()).toEqual(['M-01']);
    fireEvent.click(screen.getByRole('button', { name: 'Filter zurücksetzen' }));
    act(() => updateMeasure(a, m2, { isKeyMeasure: true }));
    fireEvent.click(screen.getByLabelText('Nur Schlüsselmaßnahmen'));
    expect(codes()).toEqual(['M-02']);
    fireEvent.change(screen.getByLabelText('Suche in Code und Titel'), { target: { value: 'fortbildung' } });
    expect(codes()).toEqual([]);
    expect(screen.getByText('Keine Maßnahme passt zu den Filtern.')).toBeTruthy();
  });

  it('sorts by a column with aria-sort, naturally by code, then back to concept order', () => {
    const { a } = setup();
    act(() => {
      addMeasure(a, { code: 'M-10', title: 'Aktionswoche' });
      addMeasure(a, { code: 'M-3', title: 'Zentrum' }, 0);
    });
    expect(codes()).toEqual(['M-3', 'M-01', 'M-02', 'M-10']);
    const header = screen.getByRole('columnheader', { name: /Code/ });
    expect(header.getAttribute('aria-sort')).toBe('none');
    fireEvent.click(within(header).getByRole('button'));
    expect(header.getAttribute('aria-sort')).toBe('ascending');
    expect(codes()).toEqual(['M-01', 'M-02', 'M-3', 'M-10']);
    fireEvent.click(within(header).getByRole('button'));
    expect(header.getAttribute('aria-sort')).toBe('descending');
    expect(codes()).toEqual(['M-10', 'M-3', 'M-02', 'M-01']);
    fireEvent.click(within(screen.getByRole('columnheader', { name: /Titel/ })).getByRole('button'));
    expect(codes()).toEqual(['M-10', 'M-01', 'M-02', 'M-3']);
    fireEvent.click(within(screen.getByRole('columnheader', { name: /Titel/ })).getByRole('button'));
    fireEvent.click(within(screen.getByRole('columnheader', { name: /Titel/ })).getByRole('button'));
    expect(codes()).toEqual(['M-3', 'M-01', 'M-02', 'M-10']);
  });

  it('opens a measure', () => {
    const { onOpen, m2 } = setup();
    fireEvent.click(screen.getByRole('button', { name: 'Maßnahme M-02 öffnen: Workshop an Schulen' }));
    expect(onOpen).toHaveBeenCalledWith(m2);
  });

  it('shows a measure another user adds, and their edits', () => {
    const { b, m1 } = setup();
    act(() => {
      addMeasure(b, { title: 'Interkulturelles Fest', lead: 'Integrationsrat' });
    });
    expect(codes()).toEqual(['M-01', 'M-02', 'M-03']);
    expect(screen.getByText('Interkulturelles Fest')).toBeTruthy();
    act(() => updateMeasure(b, m1, { status: 'done' }));
    expect(within(screen.getAllByRole('row')[1] as HTMLElement).getByText('Abgeschlossen')).toBeTruthy();
  });

  it('names the workshop a measure came from, live, when someone promotes a proposal', () => {
    const { b } = setup();
    act(() => {
      const workshop = addWorkshop(b, { title: 'World Café Nord' });
      const proposal = addProposal(b, workshop, { text: 'Patenschaften für Neuzugewanderte' });
      promoteProposal(b, proposal);
    });
    const row = screen.getByText('Patenschaften für Neuzugewanderte').closest('tr') as HTMLElement;
    expect(within(row).getByText('aus „World Café Nord“')).toBeTruthy();
    expect(screen.getAllByText(/^aus „/)).toHaveLength(1);
  });

  it('offers no way to add a measure without onAdded (read-only)', () => {
    setup();
    expect(screen.queryByRole('button', { name: /anlegen/ })).toBeNull();
  });

  it('adds a measure with the next code at the end of the order and hands over its id', () => {
    const [a, b] = syncedDocs();
    smallConcept(a);
    const onAdded = vi.fn();
    render(<Harness doc={a} onOpen={vi.fn()} onAdded={onAdded} />);
    fireEvent.click(screen.getByRole('button', { name: 'Maßnahme anlegen' }));
    const added = readMeasures(b).at(-1);
    expect(added).toMatchObject({ code: 'M-03', title: 'Neue Maßnahme', primaryFieldId: null });
    expect(onAdded).toHaveBeenCalledWith(added?.id);
  });

  it('adds in the field of action the table is filtered by, even where the filter hides it', () => {
    const [a, b] = syncedDocs();
    const { sport } = smallConcept(a);
    const onAdded = vi.fn();
    const filter = { fieldId: sport, status: 'done' as const };
    render(<Harness doc={a} onOpen={vi.fn()} onAdded={onAdded} initialFilter={filter} />);
    fireEvent.click(screen.getByRole('button', { name: 'Maßnahme im Handlungsfeld „Sport“ anlegen' }));
    const added = readMeasures(b).at(-1);
    expect(added).toMatchObject({ code: 'M-03', primaryFieldId: sport, status: 'idea' });
    expect(onAdded).toHaveBeenCalledWith(added?.id);
  });
});
