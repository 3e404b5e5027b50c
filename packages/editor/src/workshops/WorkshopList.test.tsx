import { act, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { addProposal, addWorkshop, readWorkshops } from '@werkbank/concept';
import { describe, expect, it, vi } from 'vitest';
import { smallConcept, syncedDocs } from '../test/factories.ts';
import { WorkshopList } from './WorkshopList.tsx';

function setup() {
  const [a, b] = syncedDocs();
  const ids = smallConcept(a);
  const onCreated = vi.fn();
  const onDeleted = vi.fn();
  render(
    <WorkshopList
      doc={a}
      editable
      workshopHref={(id) => `/w/${id}`}
      onOpen={vi.fn()}
      onCreated={onCreated}
      onDeleted={onDeleted}
    />,
  );
  return { a, b, ...ids, onCreated, onDeleted, ui: userEvent.setup({ delay: null }) };
}

describe('WorkshopList', () => {
  it('sets up a workshop through the form; the other replica has every setting', async () => {
    const { b, sport, onCreated, ui } = setup();
    await ui.click(screen.getByRole('button', { name: 'Beteiligungsformat anlegen' }));
    const form = screen.getByRole('form', { name: 'Neues Beteiligungsformat' });
    expect(document.activeElement).toBe(within(form).getByLabelText('Titel'));
    await ui.type(within(form).getByLabelText('Titel'), 'Demokratiekonferenz 2027');
    await ui.type(within(form).getByLabelText('Datum'), '2027-03-14');
    await ui.selectOptions(within(form).getByLabelText('Format'), 'World Café');
    await ui.type(within(form).getByLabelText('Ort'), 'Rathaus');
    await ui.click(within(form).getByLabelText('Sport'));
    await ui.type(within(form).getByLabelText('Neuer Eintrag: Leitfragen'), 'Was fehlt im Verein?{Enter}');
    const dots = within(form).getByLabelText('Punkte je teilnehmender Person');
    await ui.clear(dots);
    await ui.type(dots, '3');
    await ui.click(within(form).getByLabelText('Mehrere Punkte auf einen Beitrag erlauben'));
    expect(within(form).getByLabelText(/erst nach Freigabe zeigen/)).toHaveProperty('checked', true);
    await ui.click(within(form).getByRole('button', { name: 'Anlegen' }));

    const [created] = readWorkshops(b);
    expect(created).toMatchObject({
      title: 'Demokratiekonferenz 2027',
      date: '2027-03-14',
      format: 'World Café',
      place: 'Rathaus',
      online: false,
      fieldIds: [sport],
      guidingQuestions: ['Was fehlt im Verein?'],
      dotsPerParticipant: 3,
      stackDots: false,
      release: 'moderated',
      phase: 'collect',
    });
    expect(onCreated).toHaveBeenCalledWith(created?.id);
  });

  it('refuses a form without title and dots outside 1–50, writing nothing', async () => {
    const { b, ui } = setup();
    await ui.click(screen.getByRole('button', { name: 'Beteiligungsformat anlegen' }));
    const form = screen.getByRole('form');
    const dots = within(form).getByLabelText('Punkte je teilnehmender Person');
    await ui.clear(dots);
    await ui.type(dots, '80');
    await ui.tab();
    expect(within(form).getByText(/bitte eine ganze Zahl von 1 bis 50/)).toBeTruthy();
    await ui.click(within(form).getByRole('button', { name: 'Anlegen' }));
    expect(within(form).getByText('Bitte geben Sie einen Titel ein.')).toBeTruthy();
    expect(readWorkshops(b)).toEqual([]);
  });

  it('takes a format typed in and an online workshop without place', async () => {
    const { b, ui } = setup();
    await ui.click(screen.getByRole('button', { name: 'Beteiligungsformat anlegen' }));
    const form = screen.getByRole('form');
    await ui.type(within(form).getByLabelText('Titel'), 'Jugendforum');
    await ui.selectOptions(within(form).getByLabelText('Format'), 'Anderes Format …');
    await ui.type(within(form).getByLabelText('Bezeichnung des Formats'), 'Jugendforum digital');
    await ui.click(within(form).getByLabelText('Online'));
    expect(within(form).queryByLabelText('Ort')).toBeNull();
    await ui.click(within(form).getByLabelText('Beiträge sofort zeigen'));
    await ui.click(within(form).getByRole('button', { name: 'Anlegen' }));
    expect(readWorkshops(b)[0]).toMatchObject({
      format: 'Jugendforum digital',
      online: true,
      place: '',
      release: 'immediate',
    });
  });

  it('shows phase and counts, and deletes after a confirmation that names what goes for good', async () => {
    const { a, b, onDeleted, ui } = setup();
    act(() => {
      const workshop = addWorkshop(a, { title: 'World Café', date: '2027-01-20', release: 'moderated' });
      addProposal(a, workshop, { text: 'Mehr Sport', participantId: 'participant-1' });
      addProposal(a, workshop, { text: 'Beratung', moderation: 'pending', participantId: 'participant-2' });
    });
    const item = screen.getByRole('link', { name: 'World Café' }).closest('li') as HTMLElement;
    expect(item.textContent).toMatch('Sammeln');
    expect(item.textContent).toMatch('1 Beitrag');
    expect(item.textContent).toMatch('1 wartet auf Freigabe');
    expect(item.textContent).toMatch('2 Teilnehmende');

    await ui.click(within(item).getByRole('button', { name: '„World Café“ löschen' }));
    const dialog = screen.getByRole('alertdialog', { name: 'Beteiligungsformat „World Café“ löschen?' });
    expect(dialog.textContent).toMatch('Seine 2 Beiträge und alle Punkte werden endgültig gelöscht.');
    await ui.click(within(dialog).getByRole('button', { name: 'Endgültig löschen' }));
    expect(readWorkshops(b)).toEqual([]);
    expect(onDeleted).toHaveBeenCalledWith('Beteiligungsformat „World Café“ wurde gelöscht.');
  });
});
