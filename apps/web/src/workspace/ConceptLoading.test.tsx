import { act, cleanup, render, screen } from '@testing-library/react';
import { I18nProvider } from '@werkbank/editor';
import { useLayoutEffect } from 'react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fetchSummary, fetchSummaryEarly } from '../api/fetchSummary.ts';
import { webMessagesDe } from '../i18n/webMessagesDe.ts';
import { forgetConcept, rememberConcept } from '../storage/recentConcepts.ts';
import { ConceptLoading } from './ConceptLoading.tsx';

const link = { id: 'c7', token: 'lesen-7', role: 'viewer' as const, territory: '' };

function show() {
  render(
    <I18nProvider locale="de" messages={{ de: webMessagesDe }}>
      <ConceptLoading conceptId="c7" />
    </I18nProvider>,
  );
}

/** Reports the banner's text as the first commit left it (layout effects run before any passive effect). */
function Probe({ onCommit }: { onCommit: (text: string) => void }) {
  useLayoutEffect(() => {
    onCommit(screen.getByRole('banner').textContent ?? '');
  }, [onCommit]);
  return null;
}

/** The server's answer to the summary (the test's stand-in for `fetch`). */
function answer(status: number, body: unknown) {
  return vi
    .spyOn(globalThis, 'fetch')
    .mockResolvedValue(
      new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } }),
    );
}

describe('ConceptLoading', () => {
  beforeEach(() => forgetConcept('c7'));
  afterEach(() => {
    cleanup();
    vi.restoreAllMocks();
  });

  it('shows the title this device knows, in the banner, and that the concept is loading', () => {
    rememberConcept({ ...link, title: 'Vielfalt leben im Kreis', confirmed: true });
    show();
    expect(screen.getByRole('banner').textContent).toContain('Vielfalt leben im Kreis');
    expect(screen.getByRole('status').textContent).toBe('Wird geladen …');
  });

  it('on a first visit shows the title from the summary asked for as the page started, and leaves it for the page', async () => {
    rememberConcept({ ...link, title: '' });
    const fetch = answer(200, {
      id: 'c7',
      title: 'Handlungskonzept Nordstadt',
      territory: '',
      role: 'viewer',
    });
    fetchSummaryEarly('c7', 'lesen-7');
    show();
    expect(
      await screen.findByText('Handlungskonzept Nordstadt', { selector: '.concept-title' }),
    ).toBeTruthy();
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Handlungskonzept Nordstadt');
    // The page's own request takes the same answer: the summary was asked for once.
    expect((await fetchSummary('c7', 'lesen-7')).title).toBe('Handlungskonzept Nordstadt');
    expect(fetch).toHaveBeenCalledTimes(1);
  });

  it('has the title in its first render when shown again after the summary came', async () => {
    rememberConcept({ ...link, id: 'c8', token: 'lesen-8', title: '' });
    answer(200, { id: 'c8', title: 'Konzept Südkreis', territory: '', role: 'viewer' });
    fetchSummaryEarly('c8', 'lesen-8');
    expect((await fetchSummary('c8', 'lesen-8')).title).toBe('Konzept Südkreis');
    // As the concept page renders it in place of the app's fallback: what its first commit shows, before any
    // effect of its own has run.
    const commits: string[] = [];
    render(
      <I18nProvider locale="de" messages={{ de: webMessagesDe }}>
        <ConceptLoading conceptId="c8" />
        <Probe onCommit={(text) => commits.push(text)} />
      </I18nProvider>,
    );
    expect(commits[0]).toContain('Konzept Südkreis');
    forgetConcept('c8');
  });

  it('shows no title when the server refuses the link', async () => {
    rememberConcept({ ...link, token: 'lesen-9', title: '' });
    answer(401, { error: { message: 'Link ungültig' } });
    fetchSummaryEarly('c7', 'lesen-9');
    show();
    await expect(fetchSummary('c7', 'lesen-9')).rejects.toThrow('Link ungültig');
    await act(async () => {}); // what the refusal's handlers would render
    expect(screen.getByRole('banner').textContent).toBe('Werkbank');
    expect(screen.getByRole('status').textContent).toBe('Wird geladen …');
  });
});
