import type { Finding } from '@werkbank/concept';
import type { WorkspaceView } from '../routing/Route.ts';

/** The view a finding leads to: its chapter, the Leitbild, the actors, its goal, measure, workshop … */
export function placeOfFinding(finding: Finding): WorkspaceView {
  switch (finding.entity) {
    case 'chapter':
      return { kind: 'chapter', id: finding.id };
    case 'vision':
      return { kind: 'vision' };
    case 'actors':
      return { kind: 'actors' };
    case 'fieldOfAction':
      return { kind: 'fields' };
    case 'goal':
      return { kind: 'goals', id: finding.id };
    case 'measure':
      return { kind: 'measure', id: finding.id };
    case 'workshop':
      return { kind: 'workshop', id: finding.id };
    case 'version':
      return { kind: 'versions' };
  }
}
