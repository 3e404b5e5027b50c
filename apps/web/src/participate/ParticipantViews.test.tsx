import { cleanup, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { OutcomeList } from './OutcomeList.tsx';
import { OwnProposals } from './OwnProposals.tsx';
import { renderGerman, testProjection, testProposal } from './testProjection.tsx';
import { VoteBoard } from './voting/VoteBoard.tsx';

const XSS = '<img src=x onerror=alert(1)>';
const noSave = async () => null;

describe('OwnProposals', () => {
  afterEach(cleanup);

  it('shows each own proposal with its state, participant text as text, and editing only while collecting', () => {
    const projection = testProjection([
      testProposal('p1', XSS, { own: true, pending: true }),
      testProposal('p2', 'Sichtbar', { own: true, fieldId: 'f1' }),
      testProposal('p3', 'Von jemand anderem'),
    ]);
    const queued = {
      submissionId: 's1',
      text: 'Noch unterwegs',
      fieldId: null,
      targetGroup: '',
      displayName: '',
    };
    const { container, rerender } = renderGerman(
      <OwnProposals
        projection={projection}
        queue={{ items: [queued], sent: [] }}
        onDismiss={() => {}}
        onSave={noSave}
      />,
    );
    const items = screen.getAllByRole('listitem').filter((li) => li.classList.contains('participate-own'));
    expect(items.map((li) => li.querySelector('.participate-text')?.textContent)).toEqual([
      'Noch unterwegs',
      XSS,
      'Sichtbar',
    ]);
    expect(items[0]?.textContent).toContain('wird gesendet …');
    expect(items[1]?.textContent).toContain('wartet auf Freigabe');
    expect(items[2]?.textContent).toContain('für alle sichtbar');
    expect(items[2]?.textContent).toContain('Handlungsfeld: Sport');
    expect(container.querySelector('img')).toBeNull();
    expect(screen.getAllByRole('button', { name: /Vorschlag bearbeiten/ })).toHaveLength(2);

    rerender(
      <OwnProposals
        projection={testProjection(projection.proposals, { phase: 'vote' })}
        queue={{ items: [], sent: [] }}
        onDismiss={() => {}}
        onSave={noSave}
      />,
    );
    expect(screen.getByText('wartet auf Freigabe')).toBeTruthy();
    expect(screen.queryByRole('button', { name: /bearbeiten/ })).toBeNull();
  });

  it('saves an edit and says so', async () => {
    const user = userEvent.setup();
    const saved: unknown[] = [];
    renderGerman(
      <OwnProposals
        projection={testProjection([testProposal('p1', 'Alt', { own: true })])}
        queue={{ items: [], sent: [] }}
        onDismiss={() => {}}
        onSave={async (id, change) => {
          saved.push([id, change]);
          return null;
        }}
      />,
    );
    await user.click(screen.getByRole('button', { name: 'Vorschlag bearbeiten: „Alt“' }));
    const text = screen.getByLabelText('Vorschlag');
    await user.clear(text);
    await user.type(text, 'Neu');
    await user.click(screen.getByRole('button', { name: 'Änderung speichern' }));
    expect(saved).toEqual([['p1', { text: 'Neu', fieldId: null, targetGroup: '' }]]);
    expect(screen.getByRole('status').textContent).toBe('Ihre Änderung ist gespeichert.');
  });
});

describe('VoteBoard', () => {
  afterEach(cleanup);

  it('groups the proposals by field, counts the dots left and keeps one dot per proposal without stacking', async () => {
    const user = userEvent.setup();
    const changes: unknown[] = [];
    const projection = testProjection(
      [
        testProposal('p1', 'Schulprojekt', { fieldId: 'f2' }),
        testProposal('p2', 'Vereinsfest', { fieldId: 'f1' }),
        testProposal('p3', 'Meins, noch nicht frei', { own: true, pending: true }),
      ],
      { phase: 'vote', stackDots: false },
    );
    renderGerman(
      <VoteBoard
        projection={projection}
        votes={{ p1: 1 }}
        status="idle"
        error={null}
        onChange={(id, delta) => changes.push([id, delta])}
      />,
    );
    expect(screen.getAllByRole('heading', { level: 3 }).map((h) => h.textContent)).toEqual([
      'Sport',
      'Schule',
    ]);
    expect(screen.getByText('Noch 2 Punkte')).toBeTruthy();
    expect(screen.queryByText('Meins, noch nicht frei')).toBeNull();
    const school = screen.getByRole('region', { name: 'Schule' });
    expect(
      within(school).getByRole('button', { name: 'Einen Punkt auf „Schulprojekt“ setzen' }),
    ).toHaveProperty('disabled', true);
    await user.click(screen.getByRole('button', { name: 'Einen Punkt auf „Vereinsfest“ setzen' }));
    await user.click(screen.getByRole('button', { name: 'Einen Punkt von „Schulprojekt“ zurücknehmen' }));
    expect(changes).toEqual([
      ['p2', 1],
      ['p1', -1],
    ]);
  });
});

describe('OutcomeList', () => {
  afterEach(cleanup);

  it('ends the workshop and says what became of each proposal, with the reason', () => {
    const projection = testProjection(
      [
        testProposal('p1', 'Abgelehnt', { dots: 1, outcome: 'rejected', outcomeReason: 'Nicht förderfähig' }),
        testProposal('p2', 'Übernommen', { dots: 5, outcome: 'promoted', measureCode: 'M-07' }),
        testProposal('p3', 'Eingeflossen', { dots: 2, outcome: 'incorporated', measureCode: 'M-02' }),
      ],
      { phase: 'closed' },
    );
    renderGerman(<OutcomeList projection={projection} />);
    expect(screen.getByRole('heading', { name: 'Das Beteiligungsformat ist beendet' })).toBeTruthy();
    const items = screen.getAllByRole('listitem').filter((li) => li.classList.contains('participate-result'));
    expect(items.map((li) => li.querySelector('.participate-text')?.textContent)).toEqual([
      'Übernommen',
      'Eingeflossen',
      'Abgelehnt',
    ]);
    expect(items[0]?.textContent).toContain('Übernommen als Maßnahme M-07');
    expect(items[1]?.textContent).toContain('In die bestehende Maßnahme M-02 eingeflossen');
    expect(items[2]?.textContent).toContain('Begründung: Nicht förderfähig');
  });
});
