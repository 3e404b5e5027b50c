import { beforeEach, describe, expect, it } from 'vitest';
import { getRecentConcept, rememberConcept } from '../storage/recentConcepts.ts';
import { acceptLinkFromAddress } from './acceptLinkFromAddress.ts';

describe('acceptLinkFromAddress', () => {
  beforeEach(() => window.localStorage.clear());

  it('moves the token from the fragment to this device and clears the address bar', () => {
    window.history.replaceState(null, '', '/c/abc/measure/m1#t=geheim');
    acceptLinkFromAddress();
    expect(window.location.pathname).toBe('/c/abc/measure/m1');
    expect(window.location.hash).toBe('');
    expect(getRecentConcept('abc')).toMatchObject({ token: 'geheim', confirmed: false });
  });

  it('keeps a known entry for the same token and does nothing without a token', () => {
    rememberConcept({
      id: 'k',
      token: 'alt',
      title: 'Bekannt',
      territory: 'Kreis',
      role: 'owner',
      confirmed: true,
    });
    window.history.replaceState(null, '', '/c/k#t=alt');
    acceptLinkFromAddress();
    expect(getRecentConcept('k')).toMatchObject({ role: 'owner', confirmed: true });
    window.history.replaceState(null, '', '/c/k');
    acceptLinkFromAddress();
    expect(getRecentConcept('k')?.token).toBe('alt');
  });
});
