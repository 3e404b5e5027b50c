import { act, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { addCostLine, readMeasures } from '@werkbank/concept';
import { describe, expect, it } from 'vitest';
import type * as Y from 'yjs';
import { useMeasure } from '../hooks/useMeasure.ts';
import { smallConcept, syncedDocs } from '../test/factories.ts';
import { CostLinesEditor } from './CostLinesEditor.tsx';

function Bound({ doc, measureId, editable = true }: { doc: Y.Doc; measureId: string; editable?: boolean }) {
  const measure = useMeasure(doc, measureId);
  return measure ? (
    <CostLinesEditor doc={doc} measureId={measureId} lines={measure.costLines} editable={editable} />
  ) : null;
}

function linesIn(doc: Y.Doc, id: string) {
  return readMeasures(doc).find((m) => m.id === id)?.costLines ?? [];
}

function setup() {
  const [a, b] = syncedDocs();
  const ids = smallConcept(a);
  render(<Bound doc={a} measureId={ids.m1} />);
  return { a, b, ...ids, ui: userEvent.setup({ delay: null }) };
}

describe('CostLinesEditor', () => {
  it('adds lines by keyboard, writes year, amount (German format) and source, and shows the sums', async () => {
    const { b, m1, ui } = setup();
    expect(screen.getByText('Noch keine Kosten eingetragen.')).toBeTruthy();
    screen.getByRole('button', { name: 'Kostenzeile hinzufügen' }).focus();
    await ui.keyboard('{Enter}');
    const year = screen.getByLabelText('Jahr von Kostenzeile 1');
    expect(document.activeElement).toBe(year);
    await ui.type(year, '2026');
    await ui.tab();
    const amount = screen.getByLabelText('Betrag in Euro von Kostenzeile 1');
    expect(document.activeElement).toBe(amount);
    await ui.clear(amount);
    await ui.type(amount, '4.800,50{Enter}');
    await ui.tab();
    await ui.selectOptions(screen.getByLabelText('Finanzierungsquelle von Kostenzeile 1'), 'Landesmittel');
    await ui.click(screen.getByRole('button', { name: 'Kostenzeile hinzufügen' }));
    // A new line takes the year of the one before.
    expect((screen.getByLabelText('Jahr von Kostenzeile 2') as HTMLInputElement).value).toBe('2026');
    await ui.clear(screen.getByLabelText('Betrag in Euro von Kostenzeile 2'));
    await ui.type(screen.getByLabelText('Betrag in Euro von Kostenzeile 2'), '1200{Enter}');
    await ui.selectOptions(screen.getByLabelText('Finanzierungsquelle von Kostenzeile 2'), 'Eigenanteil');

    expect(linesIn(b, m1).map(({ year, amount, source }) => ({ year, amount, source }))).toEqual([
      { year: 2026, amount: 4800.5, source: 'landesmittel' },
      { year: 2026, amount: 1200, source: 'eigenanteil' },
    ]);
    const sums = screen.getByRole('table', { name: /Summen dieser Maßnahme/ });
    const rows = within(sums)
      .getAllByRole('row')
      .map((row) =>
        [...row.querySelectorAll('th, td')].map((cell) => cell.textContent?.replaceAll('\u00a0', ' ')),
      );
    expect(rows).toEqual([
      ['Jahr', 'Landesmittel', 'Eigenanteil', 'Summe'],
      ['2026', '4.800,50 €', '1.200 €', '6.000,50 €'],
      ['Summe', '4.800,50 €', '1.200 €', '6.000,50 €'],
    ]);
  });

  it('refuses a bad amount or year with a message at the field, keeps the typed text and writes nothing', async () => {
    const { a, b, m1, ui } = setup();
    act(() => {
      addCostLine(a, m1, { year: 2026, amount: 100 });
    });
    const amount = screen.getByLabelText('Betrag in Euro von Kostenzeile 1') as HTMLInputElement;
    await ui.clear(amount);
    await ui.type(amount, 'zwölf{Enter}');
    expect(amount.getAttribute('aria-invalid')).toBe('true');
    const message = document.getElementById(amount.getAttribute('aria-describedby')?.split(' ').at(-1) ?? '');
    expect(message?.textContent).toBe(
      'Ungültige Eingabe: Bitte einen Betrag in Euro eingeben, z. B. 1.250,50.',
    );
    expect(message?.getAttribute('role')).toBe('alert');
    expect(amount.value).toBe('zwölf');
    await ui.clear(amount);
    await ui.type(amount, '-5{Enter}');
    expect(screen.getByText(/Der Betrag darf nicht negativ sein/)).toBeTruthy();
    await ui.clear(amount);
    await ui.type(amount, '10,555{Enter}');
    expect(screen.getByText(/höchstens zwei Nachkommastellen/)).toBeTruthy();
    const year = screen.getByLabelText('Jahr von Kostenzeile 1') as HTMLInputElement;
    await ui.clear(year);
    await ui.type(year, '26{Enter}');
    expect(screen.getByText(/Bitte ein Jahr zwischen 2000 und 2100 eingeben/)).toBeTruthy();
    expect(linesIn(b, m1).map(({ year, amount }) => [year, amount])).toEqual([[2026, 100]]);
    await ui.clear(amount);
    await ui.type(amount, '250{Enter}');
    expect(amount.getAttribute('aria-invalid')).toBeNull();
    expect(linesIn(b, m1)[0]?.amount).toBe(250);
  });

  it('removes a line and moves the focus to its neighbour, then to the add button', async () => {
    const { a, m1, ui } = setup();
    act(() => {
      addCostLine(a, m1, { amount: 1 });
      addCostLine(a, m1, { amount: 2 });
    });
    await ui.click(screen.getByRole('button', { name: 'Kostenzeile 1 entfernen' }));
    expect(linesIn(a, m1).map((l) => l.amount)).toEqual([2]);
    expect(document.activeElement).toBe(screen.getByLabelText('Jahr von Kostenzeile 1'));
    await ui.click(screen.getByRole('button', { name: 'Kostenzeile 1 entfernen' }));
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Kostenzeile hinzufügen' }));
  });

  it('shows another person’s new line live, and only reads for viewers', () => {
    const [a, b] = syncedDocs();
    const { m1 } = smallConcept(a);
    render(<Bound doc={a} measureId={m1} editable={false} />);
    act(() => {
      addCostLine(b, m1, { year: 2027, amount: 900, source: 'drittmittel' });
    });
    expect((screen.getByLabelText('Betrag in Euro von Kostenzeile 1') as HTMLInputElement).readOnly).toBe(
      true,
    );
    expect((screen.getByLabelText('Finanzierungsquelle von Kostenzeile 1') as HTMLSelectElement).value).toBe(
      'drittmittel',
    );
    expect(screen.queryByRole('button', { name: 'Kostenzeile hinzufügen' })).toBeNull();
  });
});
