import { act, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import {
  addProposal,
  addWorkshop,
  deleteMeasure,
  linkMeasureToGoal,
  promoteProposal,
  readMeasures,
  readTrash,
  readWorkshops,
} from '@werkbank/concept';
import { describe, expect, it, vi } from 'vitest';
import { applyAwarenessUpdate, encodeAwarenessUpdate } from 'y-protocols/awareness';
import * as Y from 'yjs';
import { smallConcept, syncedDocs, userAwareness } from '../test/factories.ts';
import { MeasureSheet } from './MeasureSheet.tsx';

const user = { name: 'Jonas', color: '#8250df' };

function setup({ editable = true } = {}) {
  const [a, b] = syncedDocs();
  const ids = smallConcept(a);
  const workshop = addWorkshop(a, { title: 'Demokratiekonferenz' });
  const proposal = addProposal(a, workshop, { text: 'Mehr Beratung im Verein' });
  const promoted = promoteProposal(a, proposal);
  linkMeasureToGoal(a, promoted, ids.h1);
  linkMeasureToGoal(a, promoted, ids.h2);
  const onDeleted = vi.fn();
  render(<MeasureSheet doc={a} measureId={promoted} editable={editable} user={user} onDeleted={onDeleted} />);
  return { a, b, ...ids, proposal, promoted, onDeleted, ui: userEvent.setup({ delay: null }) };
}

const codes = (doc: Parameters<typeof readMeasures>[0]) => readMeasures(doc).map((m) => m.code);

describe('MeasureSheet: order and deletion', () => {
  it('names the measure and what goes with it before deleting', async () => {
    const { ui } = setup();
    await ui.click(screen.getByRole('button', { name: 'Maßnahme löschen' }));
    const dialog = screen.getByRole('alertdialog', {
      name: 'Maßnahme M-03 „Mehr Beratung im Verein“ löschen?',
    });
    expect(dialog.textContent).toMatch('in den Papierkorb. Dort bleibt er 30 Tage');
    expect(dialog.textContent).toMatch('Ihre Verknüpfungen mit 2 Zielen ruhen so lange');
    expect(dialog.textContent).not.toMatch('nicht rückgängig');
    expect(dialog.textContent).toMatch(
      '1 Beitrag aus einem Beteiligungsformat, aus dem diese Maßnahme entstanden ist, bleibt erhalten',
    );
    expect(document.activeElement).toBe(within(dialog).getByRole('button', { name: 'Abbrechen' }));
  });

  it('cancels with the button or Escape and returns focus to the delete button', async () => {
    const { b, promoted, ui } = setup();
    const open = screen.getByRole('button', { name: 'Maßnahme löschen' });
    await ui.click(open);
    await ui.click(screen.getByRole('button', { name: 'Abbrechen' }));
    expect(screen.queryByRole('alertdialog')).toBeNull();
    expect(document.activeElement).toBe(open);
    await ui.click(open);
    await ui.keyboard('{Escape}');
    expect(screen.queryByRole('alertdialog')).toBeNull();
    expect(document.activeElement).toBe(open);
    expect(readMeasures(b).some((m) => m.id === promoted)).toBe(true);
  });

  it('keeps Tab inside the dialog', async () => {
    const { ui } = setup();
    await ui.click(screen.getByRole('button', { name: 'Maßnahme löschen' }));
    const dialog = screen.getByRole('alertdialog');
    await ui.tab();
    expect(dialog.contains(document.activeElement)).toBe(true);
    await ui.tab();
    expect(dialog.contains(document.activeElement)).toBe(true);
  });

  it('deletes on confirm into the Papierkorb: goal and proposal links rest, the deleter is named', async () => {
    const { b, promoted, proposal, onDeleted, ui } = setup();
    await ui.click(screen.getByRole('button', { name: 'Maßnahme löschen' }));
    await ui.click(within(screen.getByRole('alertdialog')).getByRole('button', { name: 'Maßnahme löschen' }));
    expect(readMeasures(b).some((m) => m.id === promoted)).toBe(false);
    expect(codes(b)).toEqual(['M-01', 'M-02']);
    const kept = readWorkshops(b)[0]?.proposals.find((p) => p.id === proposal);
    expect(kept?.measureId).toBeNull();
    expect(readTrash(b).map((entry) => [entry.id, entry.deletedBy])).toEqual([[promoted, 'Jonas']]);
    expect(onDeleted).toHaveBeenCalledWith(
      'Maßnahme M-03 „Mehr Beratung im Verein“ liegt jetzt im Papierkorb.',
    );
  });

  it('moves the measure in concept order by buttons and keeps focus on a usable one', async () => {
    const { b, promoted, ui } = setup();
    const order = screen.getByRole('group', { name: 'Reihenfolge' });
    expect(order.textContent).toMatch('Position 3 von 3');
    expect(within(order).getByRole('button', { name: 'Nach unten' })).toHaveProperty('disabled', true);
    await ui.click(within(order).getByRole('button', { name: 'Nach oben' }));
    expect(
      readMeasures(b)
        .map((m) => m.id)
        .indexOf(promoted),
    ).toBe(1);
    await ui.click(within(order).getByRole('button', { name: 'Nach oben' }));
    expect(readMeasures(b)[0]?.id).toBe(promoted);
    expect(order.textContent).toMatch('Position 1 von 3');
    expect(document.activeElement).toBe(within(order).getByRole('button', { name: 'Nach unten' }));
    await ui.keyboard('{Enter}');
    expect(readMeasures(b)[1]?.id).toBe(promoted);
  });

  it('offers no order or delete buttons when read-only', () => {
    setup({ editable: false });
    expect(screen.queryByRole('button', { name: 'Maßnahme löschen' })).toBeNull();
    expect(screen.queryByRole('button', { name: 'Nach oben' })).toBeNull();
    expect(screen.queryByRole('button', { name: 'Nach unten' })).toBeNull();
    expect(screen.getByText(/Position 3 von 3/)).toBeTruthy();
  });

  it('shows a note when someone else deletes the measure while the dialog is open', async () => {
    const { b, promoted, onDeleted, ui } = setup();
    await ui.click(screen.getByRole('button', { name: 'Maßnahme löschen' }));
    act(() => deleteMeasure(b, promoted, { by: 'Jo' }));
    expect(screen.queryByRole('alertdialog')).toBeNull();
    expect(screen.getByRole('status').textContent).toMatch(
      /^Jo hat die Maßnahme „M-03 Mehr Beratung im Verein“ am .+ gelöscht\./,
    );
    expect(onDeleted).not.toHaveBeenCalled();
  });

  it('puts the cursor in the title with its text selected when asked to', () => {
    const { doc, m2 } = smallConcept();
    render(<MeasureSheet doc={doc} measureId={m2} editable autoFocusTitle user={user} />);
    const title = screen.getByLabelText('Titel') as HTMLInputElement;
    expect(document.activeElement).toBe(title);
    expect(title.selectionStart).toBe(0);
    expect(title.selectionEnd).toBe('Workshop an Schulen'.length);
  });

  it('warns the person deleting when someone else is at the measure right now', async () => {
    const [a] = syncedDocs();
    smallConcept(a);
    const workshop = addWorkshop(a, { title: 'Demokratiekonferenz' });
    const measureId = promoteProposal(a, addProposal(a, workshop, { text: 'Sprachcafé' }));
    const local = userAwareness(a, 'Jonas');
    render(<MeasureSheet doc={a} measureId={measureId} editable awareness={local} user={user} />);
    const ui = userEvent.setup({ delay: null });
    await ui.click(screen.getByRole('button', { name: 'Maßnahme löschen' }));
    const dialog = screen.getByRole('alertdialog');
    expect(dialog.textContent).not.toMatch('gerade');
    act(() => {
      const aylin = userAwareness(new Y.Doc(), 'Aylin');
      aylin.setLocalStateField('location', { kind: 'measure', id: measureId });
      applyAwarenessUpdate(local, encodeAwarenessUpdate(aylin, [aylin.clientID]), 'remote');
      const mira = userAwareness(new Y.Doc(), 'Mira');
      mira.setLocalStateField('location', { kind: 'chapter', id: 'k1' });
      applyAwarenessUpdate(local, encodeAwarenessUpdate(mira, [mira.clientID]), 'remote');
    });
    expect(screen.getByRole('alertdialog').textContent).toMatch('Aylin bearbeitet diese Maßnahme gerade.');
    expect(screen.getByRole('alertdialog').textContent).not.toMatch('Mira');
  });
});
