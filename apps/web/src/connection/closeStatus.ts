const REFUSAL_CODES = new Set([4401, 4403, 4404]);
const CONCEPT_TOO_LARGE = 4413;
const MESSAGE_TOO_LARGE = 4414;
/** The concept has a newer document schema than this app was built for. */
const OUTDATED_CLIENT = 4426;
/** Sent by `ws` for frames it will not read; resending the same message would loop forever. */
const MESSAGE_TOO_BIG = 1009;
const TRY_AGAIN_LATER = 1013;
/** The server's reasons for 1013 that mean a cap on sockets, not this socket's own slowness ('too-slow'). */
export const CROWDED_REASONS = ['concept-full', 'readers-full', 'link-full', 'address-full'] as const;

/**
 * The status a server close leaves the connection in for good, or null when reconnecting may help.
 * y-websocket stops on 4400–4499 by itself; 1009 is added because the same edit would be sent again, and 1013 for
 * a cap on sockets because retrying every few seconds would hold the person in a silent loop (they are told and
 * retry themselves).
 */
export function closeStatus(
  code: number,
  reason = '',
): 'refused' | 'tooLarge' | 'conceptFull' | 'crowded' | 'outdated' | 'rejected' | null {
  if (REFUSAL_CODES.has(code)) return 'refused';
  if (code === OUTDATED_CLIENT) return 'outdated';
  if (code === MESSAGE_TOO_LARGE || code === MESSAGE_TOO_BIG) return 'tooLarge';
  if (code === CONCEPT_TOO_LARGE) return 'conceptFull';
  if (code === TRY_AGAIN_LATER && (CROWDED_REASONS as readonly string[]).includes(reason)) return 'crowded';
  if (code >= 4400 && code < 4500) return 'rejected';
  return null;
}
