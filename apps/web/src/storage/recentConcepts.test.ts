import { beforeEach, describe, expect, it, vi } from 'vitest';
import { workshopToken } from '../participate/workshopToken.ts';

async function freshModule() {
  vi.resetModules();
  return import('./recentConcepts.ts');
}

const entry = {
  id: 'c1',
  title: 'Konzept',
  territory: 'Kreis',
  role: 'owner' as const,
  token: 't1',
  confirmed: true,
  lastOpened: '2024-12-01T00:00:00.000Z',
};

describe('recentConcepts', () => {
  beforeEach(() => window.localStorage.clear());

  it('remembers concepts newest first, one entry per concept with every link', async () => {
    const recent = await freshModule();
    recent.rememberConcept({ ...entry, lastOpened: '2025-01-01T00:00:00.000Z' });
    recent.rememberConcept({ ...entry, id: 'c2', lastOpened: '2025-02-01T00:00:00.000Z' });
    recent.rememberConcept({ ...entry, token: 't9', role: 'viewer', lastOpened: '2025-03-01T00:00:00.000Z' });
    expect(recent.listRecentConcepts().map((c) => [c.id, c.token, c.role, c.links?.length])).toEqual([
      ['c1', 't1', 'owner', 2],
      ['c2', 't1', 'owner', 1],
    ]);
    const reloaded = await freshModule();
    expect(reloaded.getRecentConcept('c1')?.links?.map((l) => [l.token, l.role])).toEqual([
      ['t1', 'owner'],
      ['t9', 'viewer'],
    ]);
  });

  it('uses the strongest link whatever the order they came in', async () => {
    const recent = await freshModule();
    recent.rememberConcept({ ...entry, token: 'v', role: 'viewer' });
    expect(recent.getRecentConcept('c1')?.role).toBe('viewer');
    recent.rememberConcept({ ...entry, token: 'o', role: 'owner' });
    recent.rememberConcept({ ...entry, token: 'e', role: 'editor' });
    recent.rememberConcept({ ...entry, token: 'e2', role: 'editor', confirmed: false });
    expect(recent.getRecentConcept('c1')).toMatchObject({ token: 'o', role: 'owner', confirmed: true });
    expect((await freshModule()).getRecentConcept('c1')?.token).toBe('o');
  });

  it('never lets unconfirmed news overwrite what the server confirmed', async () => {
    const recent = await freshModule();
    recent.rememberConcept(entry);
    recent.rememberConcept({ ...entry, title: '', role: 'viewer', confirmed: false });
    expect(recent.getRecentConcept('c1')).toMatchObject({ token: 't1', role: 'owner', title: 'Konzept' });
  });

  it('falls back to the next strongest link once the server refuses one, and shows refusal at the end', async () => {
    const recent = await freshModule();
    recent.rememberConcept(entry);
    recent.rememberConcept({ ...entry, token: 'e', role: 'editor' });
    recent.markLinkRefused('c1', 't1');
    expect(recent.getRecentConcept('c1')).toMatchObject({ token: 'e', role: 'editor' });
    recent.markLinkRefused('c1', 'e');
    expect(recent.getRecentConcept('c1')).toMatchObject({ refused: true });
    recent.rememberConcept({ ...entry, role: 'viewer', confirmed: false });
    expect(recent.getRecentConcept('c1')).toMatchObject({ token: 't1', confirmed: false });
    expect(recent.getRecentConcept('c1')?.refused).toBeUndefined();
  });

  it('opens with a weaker link only when chosen, for this page, keeping the stronger one', async () => {
    const recent = await freshModule();
    recent.rememberConcept(entry);
    recent.rememberConcept({ ...entry, token: 'e', role: 'editor' });
    recent.chooseLink('c1', 'e');
    expect(recent.getRecentConcept('c1')).toMatchObject({ token: 'e', role: 'editor' });
    expect(JSON.parse(window.localStorage.getItem('werkbank.recentConcepts') ?? '')[0].token).toBe('t1');
    recent.chooseLink('c1', null);
    expect(recent.getRecentConcept('c1')?.role).toBe('owner');
    recent.chooseLink('c1', 'e');
    expect((await freshModule()).getRecentConcept('c1')?.role).toBe('owner');
  });

  it('reads entries stored before several links were kept', async () => {
    window.localStorage.setItem(
      'werkbank.recentConcepts',
      JSON.stringify([
        {
          id: 'alt',
          title: 'Alt',
          territory: 'Kreis',
          role: 'owner',
          token: 'o',
          lastOpened: entry.lastOpened,
        },
        { id: 'neu', title: '', territory: '', role: 'viewer', token: 'n', confirmed: false, lastOpened: '' },
      ]),
    );
    const recent = await freshModule();
    expect(recent.getRecentConcept('alt')).toMatchObject({ token: 'o', role: 'owner', confirmed: true });
    expect(recent.getRecentConcept('alt')?.links).toEqual([
      { token: 'o', role: 'owner', confirmed: true, addedAt: entry.lastOpened },
    ]);
    expect(recent.getRecentConcept('neu')).toMatchObject({ token: 'n', confirmed: false });
    recent.rememberConcept({ ...entry, id: 'alt', token: 'e', role: 'editor' });
    expect(recent.getRecentConcept('alt')).toMatchObject({ token: 'o', role: 'owner' });
  });

  it('keeps workshop tokens apart: they never touch the concept links', async () => {
    const recent = await freshModule();
    recent.rememberConcept(entry);
    window.history.replaceState(null, '', '/w/c1/ws1#t=teilnahme');
    expect(workshopToken('c1', 'ws1')).toBe('teilnahme');
    const reloaded = await freshModule();
    expect(reloaded.getRecentConcept('c1')?.links?.map((l) => l.token)).toEqual(['t1']);
  });

  it('remembers the safe-keeping step until it is done', async () => {
    const recent = await freshModule();
    recent.rememberConcept({ ...entry, keepLinkSafe: true });
    recent.rememberConcept({ ...entry, token: 'e', role: 'editor' });
    expect(recent.getRecentConcept('c1')?.keepLinkSafe).toBe(true);
    recent.markLinkKeptSafe('c1');
    expect((await freshModule()).getRecentConcept('c1')?.keepLinkSafe).toBeUndefined();
  });

  it('forgets a concept and tells subscribers', async () => {
    const recent = await freshModule();
    recent.rememberConcept(entry);
    const listener = vi.fn();
    const unsubscribe = recent.subscribeRecentConcepts(listener);
    recent.forgetConcept('c1');
    expect(listener).toHaveBeenCalled();
    expect(recent.listRecentConcepts()).toEqual([]);
    unsubscribe();
  });

  it('ignores unreadable storage', async () => {
    window.localStorage.setItem('werkbank.recentConcepts', '{kaputt');
    expect((await freshModule()).listRecentConcepts()).toEqual([]);
    window.localStorage.setItem('werkbank.recentConcepts', JSON.stringify([{ id: 1 }, { id: 'x' }, entry]));
    expect((await freshModule()).listRecentConcepts().map((c) => c.id)).toEqual(['c1']);
  });
});
