import { useMemo, useSyncExternalStore } from 'react';
import { parseRoute } from './parseRoute.ts';
import type { Route } from './Route.ts';

function subscribe(onChange: () => void): () => void {
  window.addEventListener('popstate', onChange);
  return () => window.removeEventListener('popstate', onChange);
}

function getPathname(): string {
  return window.location.pathname;
}

/** The current route; re-renders on `navigate` and on the browser's back and forward. */
export function useRoute(): Route {
  const pathname = useSyncExternalStore(subscribe, getPathname);
  return useMemo(() => parseRoute(pathname), [pathname]);
}
