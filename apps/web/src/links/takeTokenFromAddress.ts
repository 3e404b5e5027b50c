import { parseConceptLink } from './parseConceptLink.ts';

/**
 * The token in the address bar's fragment (`#t=…`), removed from the address bar and its history entry
 * so that it is not shared by accident; null when there is none.
 */
export function takeTokenFromAddress(): { conceptId: string; token: string } | null {
  const link = parseConceptLink(window.location.href);
  if (!link) return null;
  window.history.replaceState(window.history.state, '', window.location.pathname + window.location.search);
  return link;
}
