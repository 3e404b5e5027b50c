import { act, cleanup, screen } from '@testing-library/react';
import { addChapter, addWorkshop } from '@werkbank/concept';
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

describe('a structured chapter', () => {
  it('is one page with the chapter’s introduction first and the part beneath, on its own address and the part’s', async () => {
    const [doc] = syncedDocs();
    addChapter(doc, { key: 'auftrag', title: 'Auftrag' });
    const leitbild = addChapter(doc, {
      key: 'leitbild',
      title: 'Leitbild',
      kind: 'vision',
      guidingQuestions: ['Wie wollen wir zusammenleben?'],
    });
    renderInWorkspace(<Main />, { doc });
    for (const address of [`/c/c1/chapter/${leitbild}`, '/c/c1/vision']) {
      act(() => navigate(address));
      expect(await screen.findByRole('textbox', { name: 'Text des Leitbilds' })).toBeTruthy();
      expect(screen.getAllByRole('heading', { level: 1 }).map((h) => h.textContent)).toEqual(['2 Leitbild']);
      const intro = await screen.findByRole('textbox', { name: 'Einleitung' });
      // The introduction comes before the vision in the page, and the guiding questions are beside it.
      expect(
        intro.compareDocumentPosition(screen.getByRole('textbox', { name: 'Text des Leitbilds' })) &
          Node.DOCUMENT_POSITION_FOLLOWING,
      ).toBeTruthy();
      expect(screen.getByText('Wie wollen wir zusammenleben?')).toBeTruthy();
    }
  });

  it('shows the goal system beneath the Ziele chapter, and the workshops’ summary beneath Beteiligung', async () => {
    const [doc] = syncedDocs();
    const ziele = addChapter(doc, { key: 'ziele', title: 'Ziele', kind: 'goals' });
    const beteiligung = addChapter(doc, {
      key: 'beteiligung',
      title: 'Beteiligungsprozess',
      kind: 'participation',
    });
    addWorkshop(doc, { title: 'Demokratiekonferenz' });
    renderInWorkspace(<Main />, { doc });
    act(() => navigate(`/c/c1/chapter/${ziele}`));
    expect(await screen.findByRole('heading', { level: 2, name: 'Zielsystem' })).toBeTruthy();
    expect(screen.getAllByRole('heading', { level: 1 }).map((h) => h.textContent)).toEqual(['1 Ziele']);
    // The editor's code loads on its own (lazily); until it is there the introduction shows read-only.
    expect(await screen.findByRole('textbox', { name: 'Einleitung' })).toBeTruthy();
    act(() => navigate(`/c/c1/chapter/${beteiligung}`));
    expect(await screen.findByText('1 Beteiligungsformat, noch ohne Beiträge')).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Zu den Beteiligungsformaten' }).getAttribute('href')).toBe(
      '/c/c1/workshops',
    );
    expect(screen.getAllByRole('heading', { level: 1 }).map((h) => h.textContent)).toEqual([
      '2 Beteiligungsprozess',
    ]);
  });
});
