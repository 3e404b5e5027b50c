/** The pseudonymous id participant number `index` sends as `X-Participant`. */
export function participantId(index: number): string {
  return `teilnehmer-${String(index).padStart(4, '0')}`;
}
