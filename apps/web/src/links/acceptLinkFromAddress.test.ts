import { beforeEach, describe, expect, it } from 'vitest';
import { forgetConcept, getRecentConcept, rememberConcept } from '../storage/recentConcepts.ts';
import { acceptLinkFromAddress } from './acceptLinkFromAddress.ts';
import { arrivedLinks } from './arrivedLinks.ts';

const owner = {
  id: 'k',
  token: 'alt',
  title: 'Bekannt',
  territory: 'Kreis',
  role: 'owner' as const,
  confirmed: true,
};

describe('acceptLinkFromAddress', () => {
  beforeEach(() => {
    for (const id of ['k', 'abc']) forgetConcept(id);
    arrivedLinks.clear();
  });

  it('moves the token from the fragment to this device and clears the address bar', () => {
    window.history.replaceState(null, '', '/c/abc/measure/m1#t=geheim');
    acceptLinkFromAddress();
    expect(window.location.pathname).toBe('/c/abc/measure/m1');
    expect(window.location.hash).toBe('');
    expect(getRecentConcept('abc')).toMatchObject({ token: 'geheim', confirmed: false });
    expect(arrivedLinks.get('abc')).toBe('geheim');
  });

  it('keeps a known entry for the same token and does nothing without a token', () => {
    rememberConcept(owner);
    window.history.replaceState(null, '', '/c/k#t=alt');
    acceptLinkFromAddress();
    expect(getRecentConcept('k')).toMatchObject({ role: 'owner', confirmed: true });
    window.history.replaceState(null, '', '/c/k');
    acceptLinkFromAddress();
    expect(getRecentConcept('k')?.token).toBe('alt');
  });

  it('keeps the owner link in use when another link of the concept is opened', () => {
    rememberConcept(owner);
    window.history.replaceState(null, '', '/c/k#t=bearbeiten');
    acceptLinkFromAddress();
    expect(getRecentConcept('k')).toMatchObject({ token: 'alt', role: 'owner', title: 'Bekannt' });
    expect(getRecentConcept('k')?.links?.map((l) => [l.token, l.confirmed])).toEqual([
      ['alt', true],
      ['bearbeiten', false],
    ]);
  });

  it('leaves a workshop link to the participant page', () => {
    rememberConcept(owner);
    window.history.replaceState(null, '', '/w/k/ws1#t=teilnahme');
    acceptLinkFromAddress();
    expect(window.location.hash).toBe('#t=teilnahme');
    expect(getRecentConcept('k')?.links).toHaveLength(1);
  });
});
