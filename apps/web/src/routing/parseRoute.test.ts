import { describe, expect, it } from 'vitest';
import { parseRoute } from './parseRoute.ts';
import { routePath } from './routePath.ts';

describe('parseRoute', () => {
  it('reads the start page and every workspace view', () => {
    expect(parseRoute('/')).toEqual({ page: 'start' });
    expect(parseRoute('/c/abc')).toEqual({ page: 'concept', conceptId: 'abc', view: { kind: 'overview' } });
    expect(parseRoute('/c/abc/measure/m1').page).toBe('concept');
    expect(parseRoute('/c/abc/goals/g1')).toEqual({
      page: 'concept',
      conceptId: 'abc',
      view: { kind: 'goals', id: 'g1' },
    });
    expect(parseRoute('/c/abc/findings')).toEqual({
      page: 'concept',
      conceptId: 'abc',
      view: { kind: 'findings' },
    });
    expect(parseRoute('/c/abc/versions')).toEqual({
      page: 'concept',
      conceptId: 'abc',
      view: { kind: 'versions' },
    });
  });

  it('reads the participant page and the projector wall of a workshop', () => {
    expect(parseRoute('/w/c1/ws1')).toEqual({ page: 'participate', conceptId: 'c1', workshopId: 'ws1' });
    expect(parseRoute('/w/c1/ws1/wand')).toEqual({ page: 'wall', conceptId: 'c1', workshopId: 'ws1' });
    expect(parseRoute('/w/c1')).toEqual({ page: 'notFound' });
    expect(parseRoute('/w/c1/ws1/other')).toEqual({ page: 'notFound' });
    expect(parseRoute('/w/c1/ws1/wand/x')).toEqual({ page: 'notFound' });
  });

  it('refuses unknown paths', () => {
    expect(parseRoute('/x')).toEqual({ page: 'notFound' });
    expect(parseRoute('/c/abc/chapter')).toEqual({ page: 'notFound' });
    expect(parseRoute('/c/abc/vision/extra')).toEqual({ page: 'notFound' });
  });

  it('round-trips with routePath', () => {
    const views = [
      { kind: 'overview' },
      { kind: 'chapter', id: 'k 1' },
      { kind: 'measure', id: 'm1' },
      { kind: 'goals' },
      { kind: 'goals', id: 'g1' },
      { kind: 'measures' },
      { kind: 'versions' },
      { kind: 'process' },
      { kind: 'compare' },
      { kind: 'compare', from: 'v 1', to: 'draft' },
      { kind: 'workshops' },
      { kind: 'workshop', id: 'w 1' },
      { kind: 'document' },
      { kind: 'document', versionId: 'v 1' },
    ] as const;
    for (const view of views) {
      expect(parseRoute(routePath('a/b', view))).toEqual({ page: 'concept', conceptId: 'a/b', view });
    }
  });
});
