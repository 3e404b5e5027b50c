import { loadRichTextEditor } from '@werkbank/editor/loadRichTextEditor';
import { parseRoute } from '../routing/parseRoute.ts';
import type { WorkspaceView } from '../routing/Route.ts';
import { viewLoaders } from './viewLoaders.ts';

/** Views that show a rich-text editor (a chapter's text or introduction, the Leitbild, goals, measure sheets). */
const EDITING: ReadonlySet<WorkspaceView['kind']> = new Set([
  'chapter',
  'vision',
  'goals',
  'fields',
  'measure',
  'measures',
  'actors',
]);

/**
 * Starts loading the view in the address at once, so it arrives with the document; for a view with an editor,
 * the editor's code too (it would otherwise be asked for only once the view has rendered).
 */
export function prefetchView(pathname: string): void {
  const route = parseRoute(pathname);
  if (route.page !== 'concept' || route.view.kind === 'overview') return;
  void viewLoaders[route.view.kind]();
  if (EDITING.has(route.view.kind)) loadRichTextEditor().catch(() => {}); // the editor says so if it stays missing
}
