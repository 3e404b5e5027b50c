/**
 * The shareable link of a concept; the token sits in the fragment so it never reaches a server log.
 * @example conceptLink('https://werkbank.example', 'abc', 'xyz') // 'https://werkbank.example/c/abc#t=xyz'
 */
export function conceptLink(origin: string, conceptId: string, token: string): string {
  return `${origin}/c/${encodeURIComponent(conceptId)}#t=${encodeURIComponent(token)}`;
}
