import { loadRichTextEditor } from '@werkbank/editor/loadRichTextEditor';
import { fetchSummaryEarly } from '../api/fetchSummary.ts';
import { fetchFirstCopyEarly } from '../connection/firstCopy.ts';
import { fetchSyncTicketEarly } from '../connection/syncTicket.ts';
import { newOnDevice } from '../links/arrivedLinks.ts';
import { parseRoute } from '../routing/parseRoute.ts';
import type { WorkspaceView } from '../routing/Route.ts';
import { getRecentConcept } from '../storage/recentConcepts.ts';
import { loadConceptPage } from '../workspace/loadConceptPage.ts';
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
 * On a concept's address, starts at once what opening it needs, in the order it is needed (the browser sends only a
 * few requests at a time): its summary, on a first visit the concept
 * itself (compressed, see firstCopy.ts) and a ticket for its connection; the concept page (it connects); then the
 * view in the address, and for a view with an editor the editor's code (it would otherwise be asked for only once
 * the view has rendered).
 */
export function prefetchView(pathname: string): void {
  const route = parseRoute(pathname);
  if (route.page !== 'concept') return;
  const token = getRecentConcept(route.conceptId)?.token;
  if (token && navigator.onLine) {
    // The summary first: it is small, and a server that must load the concept for it (changes stored after its
    // snapshot) answers it before it encodes the copy.
    fetchSummaryEarly(route.conceptId, token);
    fetchFirstCopyEarly(route.conceptId, token, newOnDevice.has(route.conceptId));
    fetchSyncTicketEarly(route.conceptId, token);
  }
  // The code in a task of its own, ahead of React's first render: asking for some 50 modules (Vite adds a preload
  // link for each) took 0.05–0.15 s, on top of running the page's first scripts in the same task.
  const view = route.view.kind;
  soon(() => {
    loadConceptPage().catch(() => {}); // App's Suspense shows the failure when it renders the page
    if (view === 'overview') return;
    void viewLoaders[view]();
    if (EDITING.has(view)) loadRichTextEditor().catch(() => {}); // the editor says so if it stays missing
  });
}

/** Runs `task` in a task of its own, before other waiting ones where the browser can tell (`scheduler.postTask`). */
function soon(task: () => void): void {
  const scheduler = (
    globalThis as { scheduler?: { postTask?: (task: () => void, options: object) => unknown } }
  ).scheduler;
  if (scheduler?.postTask) void scheduler.postTask(task, { priority: 'user-blocking' });
  else setTimeout(task, 0);
}
