import type { SearchTarget } from '@werkbank/concept';
import type { WorkspaceView } from '../routing/Route.ts';

/** The workspace view that edits a search hit's entity. */
export function viewOfTarget(target: SearchTarget): WorkspaceView {
  switch (target.kind) {
    case 'chapter':
      return { kind: 'chapter', id: target.id };
    case 'measure':
      return { kind: 'measure', id: target.id };
    case 'goal':
      return { kind: 'goals', id: target.id };
    case 'field':
      return { kind: 'fields' };
    case 'vision':
      return { kind: 'vision' };
  }
}
