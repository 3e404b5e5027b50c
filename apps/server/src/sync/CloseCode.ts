/**
 * WebSocket close codes the sync endpoint uses. y-websocket clients stop reconnecting on 4400–4499,
 * so refusals that a retry cannot fix live there; the others let the client reconnect and re-sync.
 */
export const CloseCode = {
  /** Server shutting down; clients reconnect when it is back. */
  goingAway: 1001,
  /** A text frame: the protocol is binary only. */
  unsupportedData: 1003,
  /** Too many messages queued by one connection (rate limit); reconnecting is fine. */
  policyViolation: 1008,
  /** An oversized awareness update, or a frame so large that `ws` refuses to read it (over `maxBufferedBytes`). */
  messageTooBig: 1009,
  /** Unexpected server error. */
  internalError: 1011,
  /** The client does not read fast enough; it reconnects and re-syncs. */
  tryAgainLater: 1013,
  /** A frame that is not a valid y-websocket message. */
  malformed: 4400,
  /** Missing, wrong, expired or revoked token, or the link was revoked while connected. */
  unauthorized: 4401,
  /**
   * The token's role may not open the document (workshop participants), or a socket that is not the owner's
   * wrote what only the owner may (`meta.phase`, reason `phase-owner-only`): nothing of that update is stored or
   * relayed, and the client must not send it again.
   */
  forbidden: 4403,
  /** The concept was deleted, or the path names no concept. */
  notFound: 4404,
  /** The concept reached its size limit. */
  tooLarge: 4413,
  /**
   * The client declared an older document schema than the concept has (`?schema=`): its edits could not be
   * read right, so it must reload the app before it may write.
   */
  outdatedClient: 4426,
  /** One message over `maxMessageBytes` (a huge paste): resending it cannot succeed, so the client must stop. */
  messageTooLarge: 4414,
} as const;
