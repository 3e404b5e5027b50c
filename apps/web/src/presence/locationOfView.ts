import type { PresenceLocation } from '@werkbank/editor';
import type { WorkspaceView } from '../routing/Route.ts';

/** Where the others see this person when they look at `view` (null on the overview, findings and versions). */
export function locationOfView(view: WorkspaceView): PresenceLocation | null {
  switch (view.kind) {
    case 'chapter':
      return { kind: 'chapter', id: view.id };
    case 'measure':
      return { kind: 'measure', id: view.id };
    case 'goals':
      return view.id ? { kind: 'goal', id: view.id } : { kind: 'goal' };
    case 'vision':
      return { kind: 'vision' };
    case 'fields':
      return { kind: 'fieldOfAction' };
    case 'actors':
      return { kind: 'actors' };
    case 'measures':
      return { kind: 'table' };
    default:
      return null;
  }
}
