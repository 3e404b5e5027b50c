import { act, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { addProposal, addWorkshop, readMeasures, readWorkshops, type WorkshopJSON } from '@werkbank/concept';
import { describe, expect, it, vi } from 'vitest';
import type * as Y from 'yjs';
import { useWorkshop } from '../hooks/useWorkshop.ts';
import { smallConcept, syncedDocs } from '../test/factories.ts';
import { ProposalInbox } from './ProposalInbox.tsx';

interface InboxProps {
  doc: Y.Doc;
  workshopId: string;
  onPromoted: (id: string) => void;
}

function LiveInbox({ doc, workshopId, onPromoted }: InboxProps) {
  const workshop = useWorkshop(doc, workshopId) as WorkshopJSON;
  return (
    <ProposalInbox
      doc={doc}
      workshop={workshop}
      editable
      measureHref={(id) => `/m/${id}`}
      onOpenMeasure={vi.fn()}
      onPromoted={onPromoted}
    />
  );
}

function setup() {
  const [moderator, server] = syncedDocs();
  const ids = smallConcept(server);
  const workshopId = addWorkshop(server, { title: 'Demokratiekonferenz', release: 'moderated' });
  const submit = (text: string, extra: object = {}) =>
    addProposal(server, workshopId, { text, participantId: 'participant-1', ...extra });
  const older = submit('Sportvereine öffnen', { fieldId: ids.sport, createdAt: '2026-12-01T10:00:00Z' });
  const pending = submit('Beratung im Verein ausbauen', {
    fieldId: ids.sport,
    moderation: 'pending',
    author: 'Aylin',
    targetGroup: 'Vereine',
    createdAt: '2026-12-01T10:05:00Z',
  });
  const loose = submit('Mehr Geld für Jugendtreffs', { createdAt: '2026-12-01T10:03:00Z' });
  const onPromoted = vi.fn();
  render(<LiveInbox doc={moderator} workshopId={workshopId} onPromoted={onPromoted} />);
  const proposal = (id: string) => readWorkshops(server)[0]?.proposals.find((p) => p.id === id);
  return { moderator, server, ...ids, workshopId, submit, older, pending, loose, onPromoted, proposal };
}

const ui = () => userEvent.setup({ delay: null });

describe('ProposalInbox', () => {
  it('groups by field of action, newest first, and counts and filters those waiting for release', async () => {
    setup();
    const groups = screen.getAllByRole('region').filter((r) => r.classList.contains('wb-inbox__group'));
    expect(groups.map((g) => within(g).getByRole('heading').textContent)).toEqual([
      'Sport 2',
      'Ohne Handlungsfeld 1',
    ]);
    const texts = within(groups[0] as HTMLElement).getAllByText(/Sportvereine|Beratung/, {
      selector: '.wb-proposal__text',
    });
    expect(texts.map((t) => t.textContent)).toEqual(['Beratung im Verein ausbauen', 'Sportvereine öffnen']);
    expect(screen.getByText('1 Beitrag wartet auf Freigabe')).toBeTruthy();
    const card = screen.getByText('Beratung im Verein ausbauen').closest('li') as HTMLElement;
    expect(card.textContent).toMatch('von Aylin');
    expect(card.textContent).toMatch('Zielgruppe: Vereine');
    expect(card.textContent).toMatch('wartet auf Freigabe');

    await ui().click(screen.getByLabelText('Nur wartende zeigen'));
    expect(screen.queryByText('Sportvereine öffnen')).toBeNull();
    expect(screen.getByText('Beratung im Verein ausbauen')).toBeTruthy();
  });

  it('releases, hides and shows again; the other replica sees each state', async () => {
    const { pending, proposal } = setup();
    const user = ui();
    await user.click(screen.getByRole('button', { name: 'Freigeben: „Beratung im Verein ausbauen“' }));
    expect(proposal(pending)?.moderation).toBe('visible');
    expect(screen.getByText('Kein Beitrag wartet auf Freigabe')).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Ausblenden: „Beratung im Verein ausbauen“' }));
    expect(proposal(pending)?.moderation).toBe('hidden');
    await user.click(screen.getByRole('button', { name: 'Einblenden: „Beratung im Verein ausbauen“' }));
    expect(proposal(pending)?.moderation).toBe('visible');
  });

  it('edits the wording and moves a proposal to another field', async () => {
    const { loose, bildung, proposal } = setup();
    const user = ui();
    await user.click(screen.getByRole('button', { name: 'Bearbeiten: „Mehr Geld für Jugendtreffs“' }));
    const area = screen.getByLabelText('Wortlaut von „Mehr Geld für Jugendtreffs“');
    await user.clear(area);
    await user.type(area, 'Mehr Geld für offene Jugendtreffs');
    await user.click(screen.getByRole('button', { name: 'Speichern' }));
    expect(proposal(loose)?.text).toBe('Mehr Geld für offene Jugendtreffs');
    await user.selectOptions(
      screen.getByLabelText('Handlungsfeld von „Mehr Geld für offene Jugendtreffs“'),
      'Politische Bildung',
    );
    expect(proposal(loose)?.fieldId).toBe(bildung);
  });

  it('merges a duplicate: its text shows under the target', async () => {
    const { older, loose, proposal } = setup();
    const user = ui();
    await user.click(screen.getByRole('button', { name: 'Zusammenführen: „Mehr Geld für Jugendtreffs“' }));
    await user.selectOptions(
      screen.getByLabelText('„Mehr Geld für Jugendtreffs“ zusammenführen mit'),
      'Sportvereine öffnen',
    );
    await user.click(screen.getByRole('button', { name: 'Zusammenführen' }));
    expect(proposal(loose)?.mergedInto).toBe(older);
    const target = screen.getByText('Sportvereine öffnen').closest('li') as HTMLElement;
    expect(target.textContent).toMatch('Zusammengeführt mit:');
    expect(within(target).getByText('Mehr Geld für Jugendtreffs')).toBeTruthy();
    expect(screen.queryByRole('heading', { name: /Ohne Handlungsfeld/ })).toBeNull();
  });

  it('takes a proposal over as a measure and then links to it', async () => {
    const { older, server, onPromoted, proposal } = setup();
    await ui().click(screen.getByRole('button', { name: 'Als Maßnahme übernehmen: „Sportvereine öffnen“' }));
    const measureId = proposal(older)?.measureId;
    expect(proposal(older)?.outcome).toBe('promoted');
    expect(onPromoted).toHaveBeenCalledWith(measureId);
    const measure = readMeasures(server).find((m) => m.id === measureId);
    expect(measure?.title).toBe('Sportvereine öffnen');
    expect(screen.getByRole('link', { name: `übernommen als ${measure?.code}` }).getAttribute('href')).toBe(
      `/m/${measureId}`,
    );
  });

  it('answers a proposal: flowed into an existing measure, or rejected with a reason', async () => {
    const { older, loose, m1, proposal } = setup();
    const user = ui();
    await user.click(screen.getByRole('button', { name: 'Antworten: „Sportvereine öffnen“' }));
    await user.selectOptions(screen.getByLabelText('Ergebnis'), 'In bestehende Maßnahme eingeflossen');
    await user.selectOptions(screen.getByLabelText('Maßnahme'), 'M-01 Fortbildung für Vereine');
    await user.type(screen.getByLabelText(/Kurze Begründung/), 'Passt zur Fortbildung');
    await user.click(screen.getByRole('button', { name: 'Speichern' }));
    expect(proposal(older)).toMatchObject({
      outcome: 'incorporated',
      measureId: m1,
      outcomeReason: 'Passt zur Fortbildung',
    });
    expect(screen.getByRole('link', { name: 'eingeflossen in M-01' })).toBeTruthy();

    await user.click(screen.getByRole('button', { name: 'Antworten: „Mehr Geld für Jugendtreffs“' }));
    await user.selectOptions(screen.getByLabelText('Ergebnis'), 'Abgelehnt');
    await user.type(screen.getByLabelText(/Kurze Begründung/), 'Nicht im Budget');
    await user.click(screen.getByRole('button', { name: 'Speichern' }));
    expect(proposal(loose)).toMatchObject({ outcome: 'rejected', outcomeReason: 'Nicht im Budget' });
    const card = screen.getByText('Mehr Geld für Jugendtreffs').closest('li') as HTMLElement;
    expect(card.textContent).toMatch('Abgelehnt – Nicht im Budget');
  });

  it('announces a proposal arriving on the other replica and shows markup as text', () => {
    const { submit } = setup();
    const status = screen.getAllByRole('status').find((s) => s.closest('.wb-inbox')) as HTMLElement;
    expect(status.textContent).toBe('');
    const attack = '<img src=x onerror=alert(1)>';
    act(() => {
      submit(attack, { createdAt: '2026-12-01T11:00:00Z' });
    });
    expect(status.textContent).toBe(`Neuer Beitrag: „${attack}“`);
    expect(screen.getByText(attack).tagName).toBe('P');
    expect(document.querySelector('img')).toBeNull();
  });
});
