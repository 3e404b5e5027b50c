import type { WorkspaceView } from './Route.ts';

/**
 * The pathname of a workspace view.
 * @example routePath('abc', { kind: 'chapter', id: 'k1' }) // '/c/abc/chapter/k1'
 */
export function routePath(conceptId: string, view: WorkspaceView = { kind: 'overview' }): string {
  const base = `/c/${encodeURIComponent(conceptId)}`;
  switch (view.kind) {
    case 'overview':
      return base;
    case 'chapter':
    case 'measure':
    case 'workshop':
      return `${base}/${view.kind}/${encodeURIComponent(view.id)}`;
    case 'goals':
      return view.id ? `${base}/goals/${encodeURIComponent(view.id)}` : `${base}/goals`;
    case 'document':
      return view.versionId ? `${base}/document/${encodeURIComponent(view.versionId)}` : `${base}/document`;
    case 'compare':
      return view.from && view.to
        ? `${base}/compare/${encodeURIComponent(view.from)}/${encodeURIComponent(view.to)}`
        : `${base}/compare`;
    default:
      return `${base}/${view.kind}`;
  }
}
