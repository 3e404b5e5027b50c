import { beforeEach, describe, expect, it, vi } from 'vitest';

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
  lastOpened: '2024-12-01T00:00:00.000Z',
};

describe('recentConcepts', () => {
  beforeEach(() => window.localStorage.clear());

  it('remembers concepts newest first and keeps one entry per concept', async () => {
    const recent = await freshModule();
    recent.rememberConcept({ ...entry, lastOpened: '2025-01-01T00:00:00.000Z' });
    recent.rememberConcept({ ...entry, id: 'c2', lastOpened: '2025-02-01T00:00:00.000Z' });
    recent.rememberConcept({ ...entry, token: 't9', role: 'viewer', lastOpened: '2025-03-01T00:00:00.000Z' });
    expect(recent.listRecentConcepts().map((c) => [c.id, c.token, c.role])).toEqual([
      ['c1', 't9', 'viewer'],
      ['c2', 't1', 'owner'],
    ]);
    const reloaded = await freshModule();
    expect(reloaded.getRecentConcept('c1')?.token).toBe('t9');
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
    window.localStorage.setItem('werkbank.recentConcepts', JSON.stringify([{ id: 1 }, entry]));
    expect((await freshModule()).listRecentConcepts().map((c) => c.id)).toEqual(['c1']);
  });
});
