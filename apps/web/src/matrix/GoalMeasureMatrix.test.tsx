import { act, cleanup, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { readMeasures, unlinkMeasureFromGoal } from '@werkbank/concept';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type * as Y from 'yjs';
import { useViewFilters } from '../session/useViewFilters.ts';
import { navConcept, renderInWorkspace, syncedDocs } from '../test/factories.tsx';
import { GoalMeasureMatrix } from './GoalMeasureMatrix.tsx';

// The field filter is kept per concept for the tab, so each test starts without one.
beforeEach(() => useViewFilters.setState({ byConcept: {} }));
afterEach(cleanup);

const M1 = 'M-01 Fortbildung für Vereine';
const M2 = 'M-02 Workshop an Schulen';
const LEIT = 'Ziel 1 Vielfalt wird gelebt';
const MITTLER = 'Ziel 1.1 Vereine sind offen';
const H1 = 'Ziel 1.1.1 Trainer*innen erkennen Diskriminierung';
const H2 = 'Ziel 1.1.2 Betroffene kennen Beratung';

function cell(measure: string, goal: string, state: string): HTMLElement {
  return screen.getByRole('gridcell', { name: `${measure} – ${goal}: ${state}` });
}

function goalsOf(doc: Y.Doc, id: string): string[] {
  return readMeasures(doc).find((m) => m.id === id)?.goalIds ?? [];
}

function rowHeader(goal: string): HTMLElement {
  return screen.getByRole('rowheader', {
    name: new RegExp(goal.replace('Ziel ', '').replaceAll('.', '\\.')),
  });
}

function setup(role: 'editor' | 'viewer' = 'editor') {
  const [a, b] = syncedDocs();
  const ids = navConcept(a);
  renderInWorkspace(<GoalMeasureMatrix doc={a} editable={role === 'editor'} />, { doc: a, role });
  return { a, b, ...ids, user: userEvent.setup() };
}

describe('GoalMeasureMatrix', () => {
  it('shows goals down and measures across by field, direct links apart from coverage through a subgoal, and the gaps', () => {
    setup();
    const grid = screen.getByRole('grid', { name: 'Ziele und Maßnahmen' });
    expect(
      within(grid)
        .getAllByRole('columnheader')
        .map((h) => h.textContent),
    ).toEqual([
      'Ziel',
      'Sport',
      'Politische Bildung',
      'M-01 Fortbildung für Vereine',
      'M-02 Workshop an Schulenohne Ziel',
    ]);
    expect(cell(M1, H1, 'verknüpft').textContent).toBe('●');
    expect(cell(M1, MITTLER, 'über Unterziel abgedeckt').textContent).toBe('○');
    expect(cell(M1, LEIT, 'über Unterziel abgedeckt')).toBeTruthy();
    expect(cell(M1, H2, 'nicht verknüpft').textContent).toBe('');
    // Leitziel and Mittlerziel are served through 1.1.1: only 1.1.2 is a gap.
    expect(rowHeader(H2).textContent).toContain('ohne Maßnahme');
    expect(rowHeader(MITTLER).textContent).not.toContain('ohne Maßnahme');
    expect(screen.getByText('1 Ziel ohne Maßnahme')).toBeTruthy();
    expect(screen.getByText('1 Maßnahme ohne Ziel')).toBeTruthy();
  });

  it('links with a click, unlinks with Space, and takes both back with Ctrl+Z and "Rückgängig"', async () => {
    const { b, m2, h2, user } = setup();
    await user.click(cell(M2, H2, 'nicht verknüpft'));
    expect(goalsOf(b, m2)).toEqual([h2]);
    expect(screen.getByRole('status').textContent).toBe(
      'M-02 Workshop an Schulen ist jetzt mit Ziel 1.1.2 verknüpft.',
    );
    expect(rowHeader(H2).textContent).not.toContain('ohne Maßnahme');
    expect(screen.getByText('Jedes Ziel hat eine Maßnahme.')).toBeTruthy();
    expect(document.activeElement).toBe(cell(M2, H2, 'verknüpft'));

    await user.keyboard(' ');
    expect(goalsOf(b, m2)).toEqual([]);
    expect(document.activeElement).toBe(cell(M2, H2, 'nicht verknüpft'));

    await user.keyboard('{Control>}z{/Control}');
    expect(goalsOf(b, m2)).toEqual([h2]);
    expect(screen.getByRole('status').textContent).toBe(
      'Rückgängig gemacht: M-02 Workshop an Schulen ist wieder mit Ziel 1.1.2 verknüpft.',
    );
    await user.click(screen.getByRole('button', { name: 'Rückgängig' }));
    expect(goalsOf(b, m2)).toEqual([]);
    expect(rowHeader(H2).textContent).toContain('ohne Maßnahme');
    expect(screen.queryByRole('button', { name: 'Rückgängig' })).toBeNull();
    expect(document.activeElement).toBe(cell(M2, H2, 'nicht verknüpft'));
  });

  it('makes an undone step again with Ctrl+Y, Ctrl+Shift+Z, Cmd+Shift+Z and "Wiederholen"', async () => {
    const { b, m2, h2, user } = setup();
    await user.click(cell(M2, H2, 'nicht verknüpft'));
    expect(screen.queryByRole('button', { name: 'Wiederholen' })).toBeNull();
    await user.keyboard('{Control>}z{/Control}');
    expect(goalsOf(b, m2)).toEqual([]);

    await user.keyboard('{Control>}y{/Control}');
    expect(goalsOf(b, m2)).toEqual([h2]);
    expect(screen.getByRole('status').textContent).toBe(
      'Wiederholt: M-02 Workshop an Schulen ist wieder mit Ziel 1.1.2 verknüpft.',
    );
    // Nothing left to redo: another Ctrl+Y changes nothing.
    await user.keyboard('{Control>}y{/Control}');
    expect(goalsOf(b, m2)).toEqual([h2]);

    await user.keyboard('{Control>}z{/Control}');
    await user.keyboard('{Control>}{Shift>}Z{/Shift}{/Control}');
    expect(goalsOf(b, m2)).toEqual([h2]);
    await user.keyboard('{Meta>}z{/Meta}');
    expect(goalsOf(b, m2)).toEqual([]);
    await user.keyboard('{Meta>}{Shift>}Z{/Shift}{/Meta}');
    expect(goalsOf(b, m2)).toEqual([h2]);

    await user.keyboard(' ');
    expect(goalsOf(b, m2)).toEqual([]);
    await user.click(screen.getByRole('button', { name: 'Rückgängig' }));
    expect(goalsOf(b, m2)).toEqual([h2]);
    await user.click(screen.getByRole('button', { name: 'Wiederholen' }));
    expect(goalsOf(b, m2)).toEqual([]);
    expect(screen.getByRole('status').textContent).toBe(
      'Wiederholt: M-02 Workshop an Schulen ist nicht mehr mit Ziel 1.1.2 verknüpft.',
    );
    expect(document.activeElement).toBe(cell(M2, H2, 'nicht verknüpft'));
  });

  it('redoes only its own steps, and a new link ends what can be redone', async () => {
    const { b, m1, m2, h1, h2, user } = setup();
    await user.click(cell(M2, H2, 'nicht verknüpft'));
    await user.keyboard('{Control>}z{/Control}');
    // Another person unlinks M-01 meanwhile; redo brings back only the matrix's own step.
    act(() => unlinkMeasureFromGoal(b, m1, h1));
    await user.keyboard('{Control>}y{/Control}');
    expect(goalsOf(b, m2)).toEqual([h2]);
    expect(goalsOf(b, m1)).toEqual([]);

    await user.keyboard('{Control>}z{/Control}');
    await user.click(cell(M1, H2, 'nicht verknüpft'));
    expect(screen.queryByRole('button', { name: 'Wiederholen' })).toBeNull();
    await user.keyboard('{Control>}y{/Control}');
    expect(goalsOf(b, m2)).toEqual([]);
  });

  it('undoes only its own links, not a change someone else made meanwhile', async () => {
    const { b, m1, m2, h1, user } = setup();
    await user.click(cell(M2, H2, 'nicht verknüpft'));
    // Another person unlinks M-01 in their browser.
    act(() => unlinkMeasureFromGoal(b, m1, h1));
    await user.keyboard('{Control>}z{/Control}');
    expect(goalsOf(b, m2)).toEqual([]);
    expect(goalsOf(b, m1)).toEqual([]);
    expect(cell(M1, H1, 'nicht verknüpft')).toBeTruthy();
    expect(rowHeader(H2).textContent).toContain('ohne Maßnahme');
  });

  it('moves through the grid with arrows, Home and End, keeping one Tab stop', async () => {
    const { user } = setup();
    const tabStops = () => screen.getAllByRole('gridcell').filter((c) => c.tabIndex === 0);
    expect(tabStops()).toEqual([cell(M1, LEIT, 'über Unterziel abgedeckt')]);
    await user.tab();
    await user.tab();
    expect(document.activeElement).toBe(cell(M1, LEIT, 'über Unterziel abgedeckt'));
    await user.keyboard('{ArrowRight}');
    expect(document.activeElement).toBe(cell(M2, LEIT, 'nicht verknüpft'));
    await user.keyboard('{ArrowRight}{ArrowDown}{ArrowDown}');
    expect(document.activeElement).toBe(cell(M2, H1, 'nicht verknüpft'));
    await user.keyboard('{Home}');
    expect(document.activeElement).toBe(cell(M1, H1, 'verknüpft'));
    await user.keyboard('{End}{ArrowUp}');
    expect(document.activeElement).toBe(cell(M2, MITTLER, 'nicht verknüpft'));
    await user.keyboard('{Control>}{End}{/Control}');
    expect(document.activeElement).toBe(cell(M2, H2, 'nicht verknüpft'));
    await user.keyboard('{Control>}{Home}{/Control}');
    expect(document.activeElement).toBe(cell(M1, LEIT, 'über Unterziel abgedeckt'));
    expect(tabStops()).toEqual([document.activeElement]);
  });

  it('explains a cell covered through a subgoal and offers to link it directly', async () => {
    const { b, m1, h1, mittler, user } = setup();
    await user.click(cell(M1, MITTLER, 'über Unterziel abgedeckt'));
    expect(goalsOf(b, m1)).toEqual([h1]);
    expect(screen.getByRole('status').textContent).toBe(
      'M-01 Fortbildung für Vereine dient Ziel 1.1 über das Unterziel 1.1.1 Trainer*innen erkennen Diskriminierung.',
    );
    await user.click(screen.getByRole('button', { name: 'Auch direkt verknüpfen' }));
    expect(goalsOf(b, m1).sort()).toEqual([h1, mittler].sort());
    expect(cell(M1, MITTLER, 'verknüpft')).toBeTruthy();
  });

  it('filters the columns by field of action', async () => {
    const { user } = setup();
    await user.selectOptions(screen.getByLabelText('Handlungsfeld'), 'Politische Bildung');
    expect(screen.queryAllByRole('gridcell', { name: /^M-01/ })).toEqual([]);
    expect(screen.getAllByRole('gridcell', { name: /^M-02/ })).toHaveLength(4);
    await user.selectOptions(screen.getByLabelText('Handlungsfeld'), 'Ohne Handlungsfeld');
    expect(screen.getByText('Hier gibt es noch keine Maßnahmen.')).toBeTruthy();
  });

  it('shows a viewer the links without changing them', async () => {
    const { b, m2, user } = setup('viewer');
    expect(screen.getByRole('grid').getAttribute('aria-readonly')).toBe('true');
    await user.click(cell(M2, H2, 'nicht verknüpft'));
    await user.keyboard(' ');
    expect(goalsOf(b, m2)).toEqual([]);
    expect(screen.queryByRole('button', { name: 'Rückgängig' })).toBeNull();
  });
});
