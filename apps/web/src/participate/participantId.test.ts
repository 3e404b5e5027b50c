import { beforeEach, describe, expect, it } from 'vitest';
import { participantId } from './participantId.ts';
import { workshopToken } from './workshopToken.ts';

describe('participantId', () => {
  beforeEach(() => window.localStorage.clear());

  it('is 22 base64url characters, kept per workshop', () => {
    const first = participantId('c1', 'ws1');
    expect(first).toMatch(/^[A-Za-z0-9_-]{22}$/);
    expect(participantId('c1', 'ws1')).toBe(first);
    expect(participantId('c1', 'ws2')).not.toBe(first);
  });

  it('replaces a stored value that is not such an id', () => {
    window.localStorage.setItem('werkbank.workshop.c1.ws1.participant', JSON.stringify('x'));
    expect(participantId('c1', 'ws1')).toMatch(/^[A-Za-z0-9_-]{22}$/);
  });
});

describe('workshopToken', () => {
  beforeEach(() => window.localStorage.clear());

  it('moves the token from the fragment to this device and keeps it for a reload', () => {
    window.history.replaceState(null, '', '/w/c1/ws1#t=geheim');
    expect(workshopToken('c1', 'ws1')).toBe('geheim');
    expect(window.location.hash).toBe('');
    expect(window.location.pathname).toBe('/w/c1/ws1');
    expect(workshopToken('c1', 'ws1')).toBe('geheim');
    expect(workshopToken('c1', 'other')).toBeNull();
  });
});
