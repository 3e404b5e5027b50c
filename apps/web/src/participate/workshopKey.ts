/**
 * The localStorage key of one thing this device keeps for one workshop.
 * @example workshopKey('c1', 'ws1', 'token') // 'werkbank.workshop.c1.ws1.token'
 */
export function workshopKey(conceptId: string, workshopId: string, what: string): string {
  return `werkbank.workshop.${conceptId}.${workshopId}.${what}`;
}
