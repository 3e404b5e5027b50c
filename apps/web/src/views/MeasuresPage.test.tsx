import { act, cleanup, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { deleteMeasure, readMeasures } from '@werkbank/concept';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { navigate } from '../routing/navigate.ts';
import { useRoute } from '../routing/useRoute.ts';
import { useSession } from '../session/useSession.ts';
import { useViewFilters } from '../session/useViewFilters.ts';
import { navConcept, renderInWorkspace, syncedDocs } from '../test/factories.tsx';
import { WorkspaceMain } from '../workspace/WorkspaceMain.tsx';

function Main() {
  const route = useRoute();
  return route.page === 'concept' ? <WorkspaceMain view={route.view} ready /> : null;
}

beforeEach(() => {
  window.history.replaceState(null, '', '/');
  useSession.setState({ announcement: null, titleFocusFor: null });
  useViewFilters.setState({ byConcept: {} });
});
afterEach(cleanup);

describe('adding and deleting measures in the workspace', () => {
  it('adds a measure in the filtered field and opens its sheet with the cursor in the title', async () => {
    const [a, b] = syncedDocs();
    const { sport } = navConcept(a);
    useViewFilters.setState({ byConcept: { c1: { measures: { fieldId: sport, status: 'done' } } } });
    renderInWorkspace(<Main />, { doc: a });
    act(() => navigate('/c/c1/measures'));
    const ui = userEvent.setup({ delay: null });
    await ui.click(await screen.findByRole('button', { name: 'Maßnahme im Handlungsfeld „Sport“ anlegen' }));
    const added = readMeasures(b).at(-1);
    expect(added).toMatchObject({ code: 'M-03', primaryFieldId: sport });
    expect(window.location.pathname).toBe(`/c/c1/measure/${added?.id}`);
    const title = (await screen.findByLabelText('Titel')) as HTMLInputElement;
    await waitFor(() => expect(document.activeElement).toBe(title));
    await ui.keyboard('Elternabend gegen Rassismus{Enter}');
    expect(readMeasures(b).at(-1)?.title).toBe('Elternabend gegen Rassismus');
  });

  it('deletes from the sheet, goes to the overview and says so', async () => {
    const [a, b] = syncedDocs();
    const { m2 } = navConcept(a);
    renderInWorkspace(<Main />, { doc: a });
    act(() => navigate(`/c/c1/measure/${m2}`));
    const ui = userEvent.setup({ delay: null });
    await ui.click(await screen.findByRole('button', { name: 'Maßnahme löschen' }));
    await ui.click(within(screen.getByRole('alertdialog')).getByRole('button', { name: 'Maßnahme löschen' }));
    expect(readMeasures(b).map((m) => m.code)).toEqual(['M-01']);
    expect(window.location.pathname).toBe('/c/c1/measures');
    const status = screen.getAllByRole('status').find((s) => s.textContent?.includes('Papierkorb'));
    expect(status?.textContent).toBe('Maßnahme M-02 „Workshop an Schulen“ liegt jetzt im Papierkorb.');
    await screen.findByRole('table');
  });

  it('says who deleted the measure, with the way back, when someone else deletes it', async () => {
    const [a, b] = syncedDocs();
    const { m2 } = navConcept(a);
    renderInWorkspace(<Main />, { doc: a });
    act(() => navigate(`/c/c1/measure/${m2}`));
    await screen.findByLabelText('Titel');
    act(() => deleteMeasure(b, m2, { by: 'Kim Berger' }));
    const notice = screen.getAllByRole('status').find((s) => s.textContent?.includes('Kim Berger'));
    expect(notice?.textContent).toMatch(
      /^Kim Berger hat die Maßnahme „M-02 Workshop an Schulen“ am .+ gelöscht\./,
    );
    expect(screen.getByRole('link', { name: 'Zum Papierkorb' }).getAttribute('href')).toBe('/c/c1/trash');
    expect(screen.getByRole('link', { name: 'Zur Maßnahmenübersicht' })).toBeTruthy();
    await userEvent.setup({ delay: null }).click(screen.getByRole('button', { name: 'Wiederherstellen' }));
    expect(await screen.findByLabelText('Titel')).toBeTruthy();
    expect(readMeasures(b).map((m) => m.code)).toEqual(['M-01', 'M-02']);
  });

  it('shows viewers neither adding nor deleting', async () => {
    const { doc, m1 } = navConcept();
    renderInWorkspace(<Main />, { doc, role: 'viewer' });
    act(() => navigate('/c/c1/measures'));
    await screen.findByRole('table');
    expect(screen.queryByRole('button', { name: /anlegen/ })).toBeNull();
    act(() => navigate(`/c/c1/measure/${m1}`));
    await screen.findByLabelText('Titel');
    expect(screen.queryByRole('button', { name: 'Maßnahme löschen' })).toBeNull();
    expect(screen.queryByRole('button', { name: 'Nach oben' })).toBeNull();
  });
});
