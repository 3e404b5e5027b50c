/**
 * The beginning of a proposal's text for button names and announcements: one line, cut at a word.
 * @example proposalSnippet('Mehr Beratung für Vereine im ländlichen Raum', 20) // 'Mehr Beratung für …'
 */
export function proposalSnippet(text: string, max = 40): string {
  const line = text.replace(/\s+/g, ' ').trim();
  if (line.length <= max) return line;
  const cut = line.slice(0, max);
  const space = cut.lastIndexOf(' ');
  return `${space > max / 2 ? cut.slice(0, space) : cut} …`;
}
