import { parseRoute } from '../routing/parseRoute.ts';
import { viewLoaders } from './viewLoaders.ts';

/** Starts loading the editor of the view in the address at once, so it arrives with the document. */
export function prefetchView(pathname: string): void {
  const route = parseRoute(pathname);
  if (route.page !== 'concept' || route.view.kind === 'overview') return;
  void viewLoaders[route.view.kind]();
}
