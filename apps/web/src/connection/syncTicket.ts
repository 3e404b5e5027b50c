import { askedAhead } from '../api/askedAhead.ts';
import { request } from '../api/request.ts';

/** The ticket asked for by `fetchSyncTicketEarly`, taken within 15 s: well inside the server's 30. */
const early = askedAhead<string>(15_000);

/**
 * A single-use ticket for opening `conceptId`'s sync socket, asked for with the token in the `Authorization`
 * header (see ticketWebSocket). The first call after `fetchSyncTicketEarly` for the same concept and token takes
 * the ticket asked for then.
 */
export function fetchSyncTicket(conceptId: string, token: string): Promise<string> {
  const asked = early.take(conceptId, token);
  if (asked) return asked;
  return request<{ ticket: string }>(`/api/concepts/${encodeURIComponent(conceptId)}/sync-ticket`, {
    method: 'POST',
    token,
  }).then(({ ticket }) => ticket);
}

/** Asks for the ticket at once, ahead of the connection that will use it (see prefetchView). */
export function fetchSyncTicketEarly(conceptId: string, token: string): void {
  early.hold(conceptId, token, fetchSyncTicket(conceptId, token));
}
