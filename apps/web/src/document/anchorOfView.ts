import type { WorkspaceView } from '../routing/Route.ts';
import { documentAnchor } from './documentAnchor.ts';

/** Where the document view shows what a workspace view edits ('' for views without one place: start at the top). */
export function anchorOfView(view: WorkspaceView): string {
  switch (view.kind) {
    case 'chapter':
    case 'measure':
      return documentAnchor({ kind: view.kind, id: view.id });
    case 'vision':
      return documentAnchor({ kind: 'vision' });
    case 'goals':
      return view.id ? documentAnchor({ kind: 'goal', id: view.id }) : 'part-goals';
    case 'fields':
      return 'part-fieldsOfAction';
    case 'measures':
      return 'part-measuresOverview';
    case 'actors':
      return 'part-actors';
    default:
      return '';
  }
}
