import { cleanup, render, screen } from '@testing-library/react';
import { I18nProvider } from '@werkbank/editor';
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
    expect(await screen.findByText('Handlungskonzept Nordstadt')).toBeTruthy();
    // The page's own request takes the same answer: the summary was asked for once.
    expect((await fetchSummary('c7', 'lesen-7')).title).toBe('Handlungskonzept Nordstadt');
    expect(fetch).toHaveBeenCalledTimes(1);
  });

  it('shows no title when the server refuses the link', async () => {
    rememberConcept({ ...link, title: '' });
    answer(401, { error: { message: 'Link ungültig' } });
    fetchSummaryEarly('c7', 'lesen-7');
    show();
    await expect(fetchSummary('c7', 'lesen-7')).rejects.toThrow('Link ungültig');
    expect(screen.getByRole('banner').textContent).toBe('Werkbank');
    expect(screen.getByRole('status').textContent).toBe('Wird geladen …');
  });
});
