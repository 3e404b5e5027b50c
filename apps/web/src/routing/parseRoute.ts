import type { Route, WorkspaceView } from './Route.ts';

function parseCompare(parts: readonly string[]): WorkspaceView | null {
  const [, from, to, ...extra] = parts;
  if (from === undefined) return { kind: 'compare' };
  return to !== undefined && extra.length === 0 ? { kind: 'compare', from, to } : null;
}

function parseView(parts: readonly string[]): WorkspaceView | null {
  const [kind, id] = parts;
  if (parts.length === 0) return { kind: 'overview' };
  if (kind === 'dashboard' && parts.length === 1) return { kind };
  if (kind === 'chapter' && id) return { kind: 'chapter', id };
  if (kind === 'measure' && id) return { kind: 'measure', id };
  if (kind === 'workshop' && id) return { kind: 'workshop', id };
  if (kind === 'goals') return id ? { kind: 'goals', id } : { kind: 'goals' };
  if (kind === 'compare') return parseCompare(parts);
  if (kind === 'document') return id ? { kind: 'document', versionId: id } : { kind: 'document' };
  if (parts.length > 1) return null;
  if (
    kind === 'vision' ||
    kind === 'fields' ||
    kind === 'measures' ||
    kind === 'matrix' ||
    kind === 'actors' ||
    kind === 'findings' ||
    kind === 'process' ||
    kind === 'versions' ||
    kind === 'workshops' ||
    kind === 'trash'
  ) {
    return { kind };
  }
  return null;
}

function parseWorkshopRoute(conceptId: string | undefined, rest: readonly string[]): Route {
  const [workshopId, wall, ...extra] = rest;
  if (!conceptId || !workshopId || extra.length > 0) return { page: 'notFound' };
  if (wall === undefined) return { page: 'participate', conceptId, workshopId };
  return wall === 'wand' ? { page: 'wall', conceptId, workshopId } : { page: 'notFound' };
}

/**
 * The route for a pathname.
 * @example parseRoute('/c/abc/measure/m1') // { page: 'concept', conceptId: 'abc', view: { kind: 'measure', id: 'm1' } }
 */
export function parseRoute(pathname: string): Route {
  const parts = pathname.split('/').filter(Boolean).map(decodeURIComponent);
  if (parts.length === 0) return { page: 'start' };
  const [first, conceptId, ...rest] = parts;
  if (first === 'w') return parseWorkshopRoute(conceptId, rest);
  if (first !== 'c' || !conceptId) return { page: 'notFound' };
  const view = parseView(rest);
  return view ? { page: 'concept', conceptId, view } : { page: 'notFound' };
}
