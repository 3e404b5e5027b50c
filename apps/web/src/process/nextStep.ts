import type { AutoCheck, ChecklistProgress, PathTemplate } from '@werkbank/concept';
import type { WorkspaceView } from '../routing/Route.ts';

/** The next useful step on the process path: an open item and where to do it, or the next phase. */
export type NextStep =
  | { kind: 'item'; text: string; place: WorkspaceView }
  | { kind: 'next-phase'; title: string }
  | { kind: 'done' };

const PLACES: Record<AutoCheck, WorkspaceView> = {
  'actors-entered': { kind: 'actors' },
  'chapters-written': { kind: 'findings' },
  'vision-written': { kind: 'vision' },
  'fields-have-goals': { kind: 'goals' },
  'goals-in-fields': { kind: 'goals' },
  'measures-have-goals': { kind: 'measures' },
  'key-measures-marked': { kind: 'measures' },
  'proposals-answered': { kind: 'workshops' },
  'version-adopted': { kind: 'versions' },
};

/**
 * The first open item of the current phase, with the view where it is done (Werkbank's own checks lead to the
 * part they check, items ticked by hand to the checklist); when the phase is complete, the phase after it.
 */
export function nextStep(progress: ChecklistProgress, template: PathTemplate): NextStep {
  const index = progress.phases.findIndex((p) => p.current);
  const phase = progress.phases[index];
  const open = phase?.items.find((item) => !item.done);
  if (open) {
    const check = template.phases[index]?.checklist.find((i) => i.id === open.id)?.check;
    return { kind: 'item', text: open.text, place: check ? PLACES[check] : { kind: 'process' } };
  }
  const next = progress.phases[index + 1];
  return next ? { kind: 'next-phase', title: next.title } : { kind: 'done' };
}
