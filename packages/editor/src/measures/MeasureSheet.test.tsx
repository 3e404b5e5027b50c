import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { deleteMeasure, readMeasures, updateMeasure } from '@werkbank/concept';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { smallConcept, syncedDocs } from '../test/factories.ts';
import { MeasureSheet } from './MeasureSheet.tsx';

const user = { name: 'Jonas', color: '#8250df' };

function measureIn(doc: Y.Doc, id: string) {
  const measure = readMeasures(doc).find((m) => m.id === id);
  if (!measure) throw new Error('measure missing');
  return measure;
}

function setup() {
  const [a, b] = syncedDocs();
  const ids = smallConcept(a);
  render(<MeasureSheet doc={a} measureId={ids.m1} editable user={user} />);
  return { a, b, ...ids, ui: userEvent.setup({ delay: null }) };
}

describe('MeasureSheet', () => {
  it('writes edited fields through the verbs', async () => {
    const { b, m1, h2, ui } = setup();
    const title = screen.getByLabelText('Titel');
    await ui.clear(title);
    await ui.type(title, 'Fortbildung für Übungsleiter*innen{Enter}');
    await ui.selectOptions(screen.getByLabelText('Status'), 'Priorisiert');
    await ui.click(screen.getByLabelText('Schlüsselmaßnahme'));
    await ui.click(screen.getByLabelText(/Betroffene kennen Beratung/));
    await ui.type(screen.getByLabelText('Neuer Eintrag: Zielgruppen'), 'Übungsleiter*innen{Enter}');
    await ui.click(screen.getByRole('button', { name: 'Kostenzeile hinzufügen' }));
    await ui.clear(screen.getByLabelText('Betrag in Euro von Kostenzeile 1'));
    await ui.type(screen.getByLabelText('Betrag in Euro von Kostenzeile 1'), '2500');
    await ui.tab();
    await ui.type(screen.getByLabelText('Beginn'), '2026-03-01');
    await ui.tab();
    const measure = measureIn(b, m1);
    expect(measure.title).toBe('Fortbildung für Übungsleiter*innen');
    expect(measure.status).toBe('prioritised');
    expect(measure.isKeyMeasure).toBe(true);
    expect(measure.goalIds).toContain(h2);
    expect(measure.targetGroups).toEqual(['Übungsleiter*innen']);
    expect(measure.costLines.map((line) => line.amount)).toEqual([2500]);
    expect(measure.periodStart).toBe('2026-03-01');
  });

  it('shows another user’s change live', () => {
    const { b, m1 } = setup();
    act(() => updateMeasure(b, m1, { lead: 'Integrationsrat', status: 'adopted', partners: ['Fanprojekt'] }));
    expect((screen.getByLabelText('Federführung') as HTMLInputElement).value).toBe('Integrationsrat');
    expect((screen.getByLabelText('Status') as HTMLSelectElement).value).toBe('adopted');
    expect(screen.getByText('Fanprojekt')).toBeTruthy();
  });

  it('keeps the caret where the local user types while someone else changes the same field', async () => {
    const { a, b, m1, ui } = setup();
    const lead = screen.getByLabelText('Federführung') as HTMLInputElement;
    await ui.click(lead);
    await ui.type(lead, ' NRW');
    act(() => updateMeasure(b, m1, { lead: 'Stadt-Sportbund NRW' }));
    expect(lead.value).toBe('Stadt-Sportbund NRW');
    expect(lead.selectionStart).toBe('Stadt-Sportbund NRW'.length);
    await ui.type(lead, ' e. V.');
    expect(measureIn(a, m1).lead).toBe('Stadt-Sportbund NRW e. V.');
    expect(measureIn(b, m1).lead).toBe('Stadt-Sportbund NRW e. V.');
  });

  it('stores every keystroke at once, so others see it and a reload loses nothing', async () => {
    const { b, m1, ui } = setup();
    const lead = screen.getByLabelText('Federführung') as HTMLInputElement;
    await ui.click(lead);
    await ui.type(lead, ' N');
    expect(measureIn(b, m1).lead).toBe('Sportbund N');
    expect(document.activeElement).toBe(lead);
  });

  it('writes what is typed at once when the page is hidden or closed', async () => {
    const { b, m1, ui } = setup();
    const lead = screen.getByLabelText('Federführung') as HTMLInputElement;
    await ui.click(lead);
    await ui.type(lead, ' Kreis');
    act(() => {
      fireEvent(window, new Event('pagehide'));
    });
    expect(measureIn(b, m1).lead).toBe('Sportbund Kreis');
  });

  it('undoes the whole edit on Escape, also the part already written after a pause', async () => {
    const { a, b, m1, ui } = setup();
    const lead = screen.getByLabelText('Federführung') as HTMLInputElement;
    await ui.click(lead);
    await ui.type(lead, ' NRW');
    await waitFor(() => expect(measureIn(b, m1).lead).toBe('Sportbund NRW'), { timeout: 3000 });
    await ui.type(lead, ' e. V.');
    await ui.keyboard('{Escape}');
    expect(lead.value).toBe('Sportbund');
    expect(measureIn(a, m1).lead).toBe('Sportbund');
    expect(measureIn(b, m1).lead).toBe('Sportbund');
  });

  it('does not write back an old value when the field was only focused while someone else changed it', async () => {
    const { a, b, m1, ui } = setup();
    const lead = screen.getByLabelText('Federführung') as HTMLInputElement;
    await ui.click(lead);
    act(() => updateMeasure(b, m1, { lead: 'Stadtsportbund' }));
    await ui.tab();
    expect(lead.value).toBe('Stadtsportbund');
    expect(measureIn(a, m1).lead).toBe('Stadtsportbund');
    expect(measureIn(b, m1).lead).toBe('Stadtsportbund');
  });

  it('explains a refused change and keeps the draft', async () => {
    const { ui } = setup();
    const code = screen.getByLabelText('Code') as HTMLInputElement;
    await ui.clear(code);
    await ui.type(code, 'M-02{Enter}');
    expect(screen.getByRole('alert').textContent).toMatch(/schon an eine andere Maßnahme vergeben/);
    expect(code.value).toBe('M-02');
    expect(code.getAttribute('aria-invalid')).toBe('true');
  });

  it('adds and edits indicators', async () => {
    const { b, m1, ui } = setup();
    await ui.click(screen.getByRole('button', { name: 'Indikator hinzufügen' }));
    const table = screen.getByRole('table', { name: 'Indikatoren' });
    await ui.type(within(table).getByLabelText('Indikator von Indikator 1'), 'Teilnehmende{Enter}');
    expect(measureIn(b, m1).indicators[0]?.name).toBe('Teilnehmende');
  });

  it('keeps target groups added and removed at the same time by two people, and shows the merge live', async () => {
    const { doc: a, m1 } = smallConcept();
    updateMeasure(a, m1, { targetGroups: ['Eltern', 'Vereine'] });
    const b = new Y.Doc();
    Y.applyUpdate(b, Y.encodeStateAsUpdate(a));
    render(<MeasureSheet doc={a} measureId={m1} editable user={user} />);
    const ui = userEvent.setup({ delay: null });
    const groups = screen.getByRole('group', { name: 'Zielgruppen' });
    // Both edit before either sees the other's change, as while a connection is slow or offline.
    await ui.type(within(groups).getByLabelText('Neuer Eintrag: Zielgruppen'), 'Übungsleiter*innen{Enter}');
    await ui.click(within(groups).getByRole('button', { name: /Eltern/ }));
    updateMeasure(b, m1, { targetGroups: ['Eltern', 'Vereine', 'Schulsozialarbeit'] });
    act(() => {
      Y.applyUpdate(a, Y.encodeStateAsUpdate(b, Y.encodeStateVector(a)));
      Y.applyUpdate(b, Y.encodeStateAsUpdate(a, Y.encodeStateVector(b)));
    });
    const shown = within(groups)
      .getAllByRole('listitem')
      .map((item) => item.querySelector('span')?.textContent);
    expect([...shown].sort()).toEqual(['Schulsozialarbeit', 'Vereine', 'Übungsleiter*innen']);
    expect(measureIn(b, m1).targetGroups).toEqual(shown);
  });

  it('shows a notice instead of the form once the measure is deleted elsewhere', () => {
    const { b, m1 } = setup();
    act(() => deleteMeasure(b, m1));
    expect(screen.queryByLabelText('Titel')).toBeNull();
    expect(screen.getByRole('status').textContent).toMatch(
      /„M-01 Fortbildung für Vereine“ wurde am .+ gelöscht\./,
    );
  });

  it('is read-only when not editable', () => {
    const { doc, m1 } = smallConcept();
    render(<MeasureSheet doc={doc} measureId={m1} editable={false} user={user} />);
    expect((screen.getByLabelText('Titel') as HTMLInputElement).readOnly).toBe(true);
    expect((screen.getByLabelText('Status') as HTMLSelectElement).disabled).toBe(true);
    expect(screen.queryByRole('button', { name: 'Indikator hinzufügen' })).toBeNull();
  });
});
