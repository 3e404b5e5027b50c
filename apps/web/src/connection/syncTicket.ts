import { request } from '../api/request.ts';

/** How long a ticket asked for ahead waits to be taken: well inside the server's 30 seconds. */
const EARLY_FOR_MS = 15_000;

let early: { conceptId: string; token: string; ticket: Promise<string>; at: number } | null = null;

/**
 * A single-use ticket for opening `conceptId`'s sync socket, asked for with the token in the `Authorization`
 * header (see ticketWebSocket). The first call after `fetchSyncTicketEarly` for the same concept and token takes
 * the ticket asked for then.
 */
export function fetchSyncTicket(conceptId: string, token: string): Promise<string> {
  const asked = early;
  if (asked?.conceptId === conceptId && asked.token === token && Date.now() - asked.at < EARLY_FOR_MS) {
    early = null;
    return asked.ticket;
  }
  return request<{ ticket: string }>(`/api/concepts/${encodeURIComponent(conceptId)}/sync-ticket`, {
    method: 'POST',
    token,
  }).then(({ ticket }) => ticket);
}

/** Asks for the ticket at once, ahead of the connection that will use it (see prefetchView). */
export function fetchSyncTicketEarly(conceptId: string, token: string): void {
  const ticket = fetchSyncTicket(conceptId, token);
  ticket.catch(() => {}); // the connection's own call gets the failure
  early = { conceptId, token, ticket, at: Date.now() };
}
