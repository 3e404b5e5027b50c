import { cleanup, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { navConcept, renderInWorkspace } from '../test/factories.tsx';
import { ModeBar } from './ModeBar.tsx';

afterEach(() => {
  cleanup();
  window.history.replaceState(null, '', '/');
});

describe('ModeBar', () => {
  it('sends a viewer who opens the concept to the document', () => {
    window.history.replaceState(null, '', '/c/c1');
    renderInWorkspace(<ModeBar view={{ kind: 'overview' }} />, { role: 'viewer' });
    expect(window.location.pathname).toBe('/c/c1/document');
    expect(screen.getByRole('link', { name: 'Nach Teilen' })).toBeTruthy();
  });

  it('switches between reading and editing at the same place', async () => {
    const user = userEvent.setup();
    const { doc, m1 } = navConcept(new Y.Doc());
    window.history.replaceState(null, '', `/c/c1/measure/${m1}`);
    renderInWorkspace(<ModeBar view={{ kind: 'measure', id: m1 }} />, { doc });
    const group = screen.getByRole('group', { name: 'Ansicht' });
    expect(within(group).getByRole('link', { name: 'Bearbeiten' }).getAttribute('aria-current')).toBe('page');
    await user.click(within(group).getByRole('link', { name: 'Lesen' }));
    expect(`${window.location.pathname}${window.location.hash}`).toBe(`/c/c1/document#measure-${m1}`);

    cleanup();
    renderInWorkspace(<ModeBar view={{ kind: 'document' }} />, { doc });
    expect(screen.queryByRole('search')).toBeNull();
    window.history.replaceState(null, '', '/c/c1/document#chapter-k7');
    await user.click(screen.getByRole('link', { name: 'Bearbeiten' }));
    expect(window.location.pathname).toBe('/c/c1/chapter/k7');
  });

  it('searches the live concept from an editing view; a hit opens the view that edits it', async () => {
    const user = userEvent.setup();
    const { doc, h1 } = navConcept(new Y.Doc());
    window.history.replaceState(null, '', '/c/c1/measures');
    renderInWorkspace(<ModeBar view={{ kind: 'measures' }} />, { doc });
    const search = screen.getByRole('search', { name: 'Im Konzept suchen' });
    await user.type(within(search).getByRole('searchbox'), 'diskriminierung');
    const hit = await within(search).findByRole('link', { name: /Trainer\*innen erkennen Diskriminierung/ });
    expect(within(search).getByRole('status').textContent).toBe('1 Treffer');
    expect(hit.getAttribute('href')).toBe(`/c/c1/goals/${h1}`);
    await user.click(hit);
    expect(window.location.pathname).toBe(`/c/c1/goals/${h1}`);
    expect(within(search).getByRole('searchbox')).toHaveProperty('value', '');
  });
});
