/** A concept id with the capability token that opens it. */
export interface ConceptLink {
  conceptId: string;
  token: string;
}

/**
 * Reads a pasted link `https://host/c/<conceptId>#t=<token>` (host optional; `#token=` too, as the server
 * writes it); null when it is none.
 * @example parseConceptLink('https://werkbank.example/c/abc#t=xyz') // { conceptId: 'abc', token: 'xyz' }
 */
export function parseConceptLink(text: string): ConceptLink | null {
  let url: URL;
  try {
    url = new URL(text.trim(), 'http://link.invalid');
  } catch {
    return null;
  }
  const match = /^\/c\/([^/]+)\/?/.exec(url.pathname);
  const fragment = new URLSearchParams(url.hash.slice(1));
  const token = fragment.get('t') ?? fragment.get('token');
  if (!match?.[1] || !token) return null;
  return { conceptId: decodeURIComponent(match[1]), token };
}
