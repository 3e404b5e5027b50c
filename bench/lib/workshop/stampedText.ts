/** A proposal text carrying its unique tag and send time, so every watcher can tell when it arrived. */
export function stampedText(tag: string, sentAt: number): string {
  return `Mehr Begegnungsorte für Jugendliche im Quartier [#${tag}@${sentAt.toFixed(3)}]`;
}
