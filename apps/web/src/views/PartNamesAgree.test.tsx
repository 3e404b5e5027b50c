import { act, cleanup, screen, within } from '@testing-library/react';
import { addFieldOfAction, addGoal, addMeasure, setVision } from '@werkbank/concept';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { WorkspaceNav } from '../nav/WorkspaceNav.tsx';
import { navigate } from '../routing/navigate.ts';
import { useRoute } from '../routing/useRoute.ts';
import { navConcept, renderInWorkspace } from '../test/factories.tsx';
import { WorkspaceMain } from '../workspace/WorkspaceMain.tsx';

function Workspace() {
  const route = useRoute();
  if (route.page !== 'concept') return null;
  return (
    <>
      <WorkspaceNav view={route.view} ready />
      <WorkspaceMain view={route.view} ready />
    </>
  );
}

function navEntry(name: RegExp): string {
  const nav = screen.getByRole('navigation', { name: 'Aufbau des Konzepts' });
  return (within(nav).getByRole('link', { name }).textContent ?? '').replace(/\s+/g, ' ').trim();
}

beforeEach(() => window.history.replaceState(null, '', '/'));
afterEach(cleanup);

describe('the navigation and the pages name a part alike', () => {
  it('shows the Leitbild chapter’s status in the badge and in its “Bearbeitungsstand” alike, also once only the Leitbild has text', async () => {
    const { doc } = navConcept(new Y.Doc(), { templateChapters: true });
    renderInWorkspace(<Workspace />, { doc });
    act(() => navigate('/c/c1/vision'));
    const status = (await screen.findByRole(
      'combobox',
      { name: 'Bearbeitungsstand' },
      { timeout: 5000 },
    )) as HTMLSelectElement;
    // The Leitbild has text ("Offen"), the chapter's introduction none: both say "Entwurf", not "Geschrieben" and "Leer".
    expect(navEntry(/^2 Leitbild/)).toBe('2 Leitbild Entwurf');
    expect(status.selectedOptions[0]?.textContent).toBe('Entwurf');
    // "Leer" is no choice while the Leitbild has text.
    expect([...status.options].map((o) => o.textContent)).toEqual(['Entwurf', 'In Abstimmung', 'Fertig']);
    act(() => setVision(doc, { type: 'doc', content: [{ type: 'paragraph' }] }));
    expect(navEntry(/^2 Leitbild/)).toBe('2 Leitbild Leer');
    expect(status.selectedOptions[0]?.textContent).toBe('Leer');
  });

  it('names the goals and measures on the overview as the navigation does', async () => {
    const { doc } = navConcept(new Y.Doc(), { templateChapters: true });
    renderInWorkspace(<Workspace />, { doc });
    act(() => navigate('/c/c1'));
    const main = await screen.findByRole('main', {}, { timeout: 5000 });
    expect(within(main).getByRole('link', { name: '3 Ziele' })).toHaveProperty('pathname', '/c/c1/goals');
    expect(within(main).getByRole('link', { name: '5 Maßnahmen' })).toHaveProperty(
      'pathname',
      '/c/c1/measures',
    );
    expect(navEntry(/^3 Ziele/)).toMatch(/^3 Ziele/);
    expect(navEntry(/^5 Maßnahmen/)).toMatch(/^5 Maßnahmen/);
    expect(within(main).getByText('4 Ziele')).toBeTruthy();
    expect(within(main).getByText('2 Maßnahmen in 2 Handlungsfeldern')).toBeTruthy();
    expect(within(main).queryByRole('link', { name: 'Zielsystem' })).toBeNull();
    expect(within(main).queryByRole('link', { name: 'Maßnahmenübersicht' })).toBeNull();
  });

  it('keeps the chapter’s number and title on a goal’s page, with a link back to its introduction', async () => {
    const { doc, leit } = navConcept(new Y.Doc(), { templateChapters: true });
    renderInWorkspace(<Workspace />, { doc });
    act(() => navigate(`/c/c1/goals/${leit}`));
    await screen.findByRole('heading', { level: 1, name: '3 Ziele' }, { timeout: 5000 });
    const main = screen.getByRole('main');
    expect(
      within(main)
        .getAllByRole('heading', { level: 1 })
        .map((h) => h.textContent),
    ).toEqual(['3 Ziele']);
    const back = within(main).getByRole('link', { name: 'Zur Einleitung und zu den Leitfragen von „Ziele“' });
    expect(back).toHaveProperty('pathname', '/c/c1/goals');
    act(() => back.click());
    expect(await within(main).findByRole('textbox', { name: 'Einleitung' })).toBeTruthy();
  });

  it('counts goals and measures on the overview in proper German', async () => {
    const doc = new Y.Doc();
    const field = addFieldOfAction(doc, { title: 'Sport' });
    const goal = addGoal(doc, { title: 'Vereine sind offen' });
    addMeasure(doc, { title: 'Fortbildung', primaryFieldId: field, goalIds: [goal] });
    renderInWorkspace(<Workspace />, { doc });
    act(() => navigate('/c/c1'));
    const main = await screen.findByRole('main', {}, { timeout: 5000 });
    expect(await within(main).findByText('1 Ziel')).toBeTruthy();
    expect(within(main).getByText('1 Maßnahme in 1 Handlungsfeld')).toBeTruthy();
  });
});
