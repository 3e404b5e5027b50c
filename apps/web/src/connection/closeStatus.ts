const REFUSAL_CODES = new Set([4401, 4403, 4404]);
const CONCEPT_TOO_LARGE = 4413;
const MESSAGE_TOO_LARGE = 4414;
/** The concept has a newer document schema than this app was built for. */
const OUTDATED_CLIENT = 4426;
/** Sent by `ws` for frames it will not read; resending the same message would loop forever. */
const MESSAGE_TOO_BIG = 1009;

/**
 * The status a server close leaves the connection in for good, or null when reconnecting may help.
 * y-websocket stops on 4400–4499 by itself; 1009 is added because the same edit would be sent again.
 */
export function closeStatus(
  code: number,
): 'refused' | 'tooLarge' | 'conceptFull' | 'outdated' | 'rejected' | null {
  if (REFUSAL_CODES.has(code)) return 'refused';
  if (code === OUTDATED_CLIENT) return 'outdated';
  if (code === MESSAGE_TOO_LARGE || code === MESSAGE_TOO_BIG) return 'tooLarge';
  if (code === CONCEPT_TOO_LARGE) return 'conceptFull';
  if (code >= 4400 && code < 4500) return 'rejected';
  return null;
}
