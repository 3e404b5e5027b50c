import { describe, expect, it } from 'vitest';
import { conceptLink } from './conceptLink.ts';
import { parseConceptLink } from './parseConceptLink.ts';

describe('parseConceptLink', () => {
  it('reads id and token from a full link, a path or a link with a sub-route', () => {
    expect(parseConceptLink(' https://w.example/c/abc#t=xyz ')).toEqual({ conceptId: 'abc', token: 'xyz' });
    expect(parseConceptLink('/c/abc#t=xyz')).toEqual({ conceptId: 'abc', token: 'xyz' });
    expect(parseConceptLink('http://localhost:8080/c/abc#token=xyz')).toEqual({
      conceptId: 'abc',
      token: 'xyz',
    });
    expect(parseConceptLink('https://w.example/c/abc/measure/m1#t=xyz')?.conceptId).toBe('abc');
  });

  it('refuses text without a token or concept', () => {
    expect(parseConceptLink('https://w.example/c/abc')).toBeNull();
    expect(parseConceptLink('https://w.example/x#t=1')).toBeNull();
    expect(parseConceptLink('hallo')).toBeNull();
  });

  it('reads what conceptLink writes', () => {
    expect(parseConceptLink(conceptLink('https://w.example', 'a b', 't+/='))).toEqual({
      conceptId: 'a b',
      token: 't+/=',
    });
  });
});
