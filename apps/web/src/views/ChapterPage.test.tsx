import { act, cleanup, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { addChapter, deleteChapter, readChapters } from '@werkbank/concept';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { navigate } from '../routing/navigate.ts';
import { useRoute } from '../routing/useRoute.ts';
import { renderInWorkspace, syncedDocs } from '../test/factories.tsx';
import { WorkspaceMain } from '../workspace/WorkspaceMain.tsx';

function Main() {
  const route = useRoute();
  return route.page === 'concept' ? <WorkspaceMain view={route.view} ready /> : null;
}

beforeEach(() => window.history.replaceState(null, '', '/'));
afterEach(cleanup);

describe('a chapter someone else deletes', () => {
  it('says who deleted it and when, links to the Papierkorb, and comes back with its text on restore', async () => {
    const [a, b] = syncedDocs();
    const id = addChapter(a, { title: 'Ausgangslage im Kreis' });
    renderInWorkspace(<Main />, { doc: a });
    act(() => navigate(`/c/c1/chapter/${id}`));
    expect(await screen.findByLabelText('Kapiteltitel')).toBeTruthy();

    act(() => deleteChapter(b, id, { by: 'Kim Berger' }));

    // The notice's code may still be loading (a view's part of its own).
    const notice = await waitFor(() => {
      const found = screen.getAllByRole('status').find((s) => s.textContent?.includes('Kim Berger'));
      expect(found).toBeDefined();
      return found;
    });
    expect(notice?.textContent).toMatch(
      /^Kim Berger hat das Kapitel „Ausgangslage im Kreis“ am .+ gelöscht\./,
    );
    expect(screen.getByRole('link', { name: 'Zum Papierkorb' }).getAttribute('href')).toBe('/c/c1/trash');
    await userEvent.setup({ delay: null }).click(screen.getByRole('button', { name: 'Wiederherstellen' }));
    expect(await screen.findByLabelText('Kapiteltitel')).toBeTruthy();
    expect(readChapters(b).map((c) => c.title)).toContain('Ausgangslage im Kreis');
  });
});
