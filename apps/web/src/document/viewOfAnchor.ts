import type { WorkspaceView } from '../routing/Route.ts';

/** The workspace view that edits what the document view shows at `anchor` (overview when it names no part). */
export function viewOfAnchor(anchor: string): WorkspaceView {
  const [kind = '', ...rest] = anchor.replace(/^#/, '').split('-');
  const id = rest.join('-');
  if (kind === 'chapter' && id) return { kind: 'chapter', id };
  if (kind === 'measure' && id) return { kind: 'measure', id };
  if (kind === 'goal' && id) return { kind: 'goals', id };
  if (kind === 'vision') return { kind: 'vision' };
  if (kind === 'field') return { kind: 'fields' };
  if (kind === 'part') {
    if (id === 'goals') return { kind: 'goals' };
    if (id === 'fieldsOfAction') return { kind: 'fields' };
    if (id === 'vision') return { kind: 'vision' };
    if (id === 'measuresOverview' || id === 'measureSheets') return { kind: 'measures' };
    if (id === 'actors') return { kind: 'actors' };
  }
  return { kind: 'overview' };
}
