/** A place in the app, parsed from the address bar. */
export type Route =
  | { page: 'start' }
  | { page: 'concept'; conceptId: string; view: WorkspaceView }
  | { page: 'participate'; conceptId: string; workshopId: string }
  | { page: 'wall'; conceptId: string; workshopId: string }
  | { page: 'notFound' };

/** A view inside a concept's workspace. */
export type WorkspaceView =
  | { kind: 'overview' }
  /** The concept in figures and charts: measures, sheets, participation, budget. */
  | { kind: 'dashboard' }
  | { kind: 'chapter'; id: string }
  | { kind: 'vision' }
  | { kind: 'goals'; id?: string }
  | { kind: 'fields' }
  | { kind: 'measure'; id: string }
  | { kind: 'measures' }
  /** Goals × measures: which measure serves which goal, linked by a click. */
  | { kind: 'matrix' }
  | { kind: 'actors' }
  | { kind: 'findings' }
  /** The template's phases as a path, with each phase's checklist. */
  | { kind: 'process' }
  | { kind: 'versions' }
  /** Two states side by side: saved versions by id, or `draft` for the live concept; without them, a choice. */
  | { kind: 'compare'; from?: string; to?: string }
  | { kind: 'workshops' }
  /** Deleted elements of the last 30 days, to restore. */
  | { kind: 'trash' }
  | { kind: 'workshop'; id: string }
  /** The whole concept as one document to read; with `versionId` a saved version, read-only. */
  | { kind: 'document'; versionId?: string };
