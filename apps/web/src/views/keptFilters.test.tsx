import { act, cleanup, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { navigate } from '../routing/navigate.ts';
import { useRoute } from '../routing/useRoute.ts';
import { useViewFilters } from '../session/useViewFilters.ts';
import { navConcept, renderInWorkspace } from '../test/factories.tsx';
import { WorkspaceMain } from '../workspace/WorkspaceMain.tsx';

function Main() {
  const route = useRoute();
  return route.page === 'concept' ? <WorkspaceMain view={route.view} ready /> : null;
}

function selected(label: string): string {
  const select = screen.getByLabelText(label) as HTMLSelectElement;
  return select.selectedOptions[0]?.textContent ?? '';
}

beforeEach(() => {
  window.history.replaceState(null, '', '/');
  window.sessionStorage.clear();
  useViewFilters.setState({ byConcept: {} });
});
afterEach(cleanup);

describe('filters kept per concept when coming back', () => {
  it("keeps the matrix's field filter after another view, per concept and in the tab's storage", async () => {
    const { doc, bildung } = navConcept();
    renderInWorkspace(<Main />, { doc });
    act(() => navigate('/c/c1/matrix'));
    const ui = userEvent.setup({ delay: null });
    await ui.selectOptions(await screen.findByLabelText('Handlungsfeld'), 'Politische Bildung');
    expect(screen.queryAllByRole('gridcell', { name: /^M-01/ })).toEqual([]);

    act(() => navigate('/c/c1/measures'));
    await screen.findByRole('table');
    act(() => navigate('/c/c1/matrix'));
    await screen.findByRole('grid');
    expect(selected('Handlungsfeld')).toBe('Politische Bildung');
    expect(screen.queryAllByRole('gridcell', { name: /^M-01/ })).toEqual([]);
    expect(screen.getAllByRole('gridcell', { name: /^M-02/ })).toHaveLength(4);
    expect(JSON.parse(window.sessionStorage.getItem('werkbank.viewFilters') ?? '{}')).toMatchObject({
      state: { byConcept: { c1: { matrixField: bildung } } },
    });

    cleanup();
    renderInWorkspace(<Main />, { doc: navConcept().doc, conceptId: 'c2' });
    act(() => navigate('/c/c2/matrix'));
    await screen.findByRole('grid');
    expect(selected('Handlungsfeld')).toBe('Alle Handlungsfelder');
  });

  it("keeps the measures overview's filter and sort after another view, per concept", async () => {
    const { doc } = navConcept();
    renderInWorkspace(<Main />, { doc });
    act(() => navigate('/c/c1/measures'));
    const ui = userEvent.setup({ delay: null });
    const filters = within(await screen.findByRole('group', { name: 'Maßnahmen filtern' }));
    await ui.selectOptions(filters.getByLabelText('Handlungsfeld'), 'Sport');
    await ui.click(screen.getByRole('button', { name: /^Titel/ }));
    expect(screen.queryByRole('button', { name: /Workshop an Schulen/ })).toBeNull();

    act(() => navigate('/c/c1/matrix'));
    await screen.findByRole('grid');
    act(() => navigate('/c/c1/measures'));
    await screen.findByRole('table');
    expect(selected('Handlungsfeld')).toBe('Sport');
    expect(screen.queryByRole('button', { name: /Workshop an Schulen/ })).toBeNull();
    expect(screen.getByRole('button', { name: /Fortbildung für Vereine/ })).toBeTruthy();
    expect(screen.getByRole('columnheader', { name: /^Titel/ }).getAttribute('aria-sort')).toBe('ascending');

    cleanup();
    renderInWorkspace(<Main />, { doc: navConcept().doc, conceptId: 'c2' });
    act(() => navigate('/c/c2/measures'));
    await screen.findByRole('table');
    expect(selected('Handlungsfeld')).toBe('Alle');
    expect(screen.getByRole('button', { name: /Workshop an Schulen/ })).toBeTruthy();
    expect(screen.getByRole('columnheader', { name: /^Titel/ }).getAttribute('aria-sort')).toBe('none');
  });

  it('shows every field when the kept field of action was deleted meanwhile', async () => {
    const { doc } = navConcept();
    useViewFilters.setState({ byConcept: { c1: { matrixField: 'gone' } } });
    renderInWorkspace(<Main />, { doc });
    act(() => navigate('/c/c1/matrix'));
    await screen.findByRole('grid');
    expect(selected('Handlungsfeld')).toBe('Alle Handlungsfelder');
    expect(screen.getAllByRole('gridcell', { name: /^M-01/ })).toHaveLength(4);
  });
});
