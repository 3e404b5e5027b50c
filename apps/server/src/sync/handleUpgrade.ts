import type { IncomingMessage } from 'node:http';
import type { Duplex } from 'node:stream';
import type { FastifyBaseLogger } from 'fastify';
import type { WebSocketServer } from 'ws';
import { checkToken, type TokenCheck } from '../auth/checkToken.ts';
import { checkTokenHash } from '../auth/checkTokenHash.ts';
import type { SyncTickets } from '../auth/SyncTickets.ts';
import { clientAddress } from '../http/clientAddress.ts';
import type { Metrics } from '../metrics/Metrics.ts';
import type { LinkStore } from '../store/LinkStore.ts';
import { CloseCode } from './CloseCode.ts';
import { Connection } from './Connection.ts';
import type { Rooms } from './Rooms.ts';
import type { SyncOptions } from './SyncOptions.ts';

const SYNC_PATH = /^\/sync\/([^/?#]+)$/;

/** What the upgrade handler needs from the server. */
export interface UpgradeContext {
  wss: WebSocketServer;
  links: LinkStore;
  tickets: SyncTickets;
  metrics: Metrics;
  rooms: Rooms;
  options: SyncOptions;
  log: FastifyBaseLogger;
  /** The server's `trustProxy`, so a socket's address is found as for HTTP requests. */
  trustProxy: boolean | string;
}

function schemaVersionOf(url: URL): number | null {
  const version = Number(url.searchParams.get('schema') ?? Number.NaN);
  return Number.isSafeInteger(version) && version >= 1 ? version : null;
}

// A ticket (POST …/sync-ticket) keeps the token out of URLs that proxies log; `?token=` still works for one release.
function authenticate(ctx: UpgradeContext, conceptId: string, url: URL): TokenCheck {
  const ticket = url.searchParams.get('ticket');
  if (ticket === null) return checkToken(ctx.links, conceptId, url.searchParams.get('token') ?? undefined);
  const tokenHash = ctx.tickets.redeem(ticket, conceptId);
  if (!tokenHash) return { ok: false, reason: 'token-invalid' };
  return checkTokenHash(ctx.links, conceptId, tokenHash);
}

/**
 * Accepts WebSocket upgrades on `/sync/:conceptId?ticket=…&schema=…` (or the older `?token=…`). Refusals happen after the upgrade, as close codes
 * 4401/4403, because a y-websocket client retries a refused upgrade forever but stops on 4400–4499.
 */
export function handleUpgrade(
  ctx: UpgradeContext,
  request: IncomingMessage,
  socket: Duplex,
  head: Buffer,
): void {
  const url = new URL(request.url ?? '/', 'http://localhost');
  const match = SYNC_PATH.exec(url.pathname);
  if (!match) {
    socket.end('HTTP/1.1 404 Not Found\r\nConnection: close\r\nContent-Length: 0\r\n\r\n');
    return;
  }
  let conceptId: string;
  try {
    conceptId = decodeURIComponent(match[1] as string);
  } catch {
    conceptId = '';
  }
  ctx.wss.handleUpgrade(request, socket, head, (ws) => {
    const address = clientAddress(request, ctx.trustProxy);
    const log = ctx.log.child({ concept: conceptId, remote: address });
    const check = authenticate(ctx, conceptId, url);
    if (!check.ok) {
      log.info({ event: 'ws-refused', code: CloseCode.unauthorized, reason: check.reason }, 'sync refused');
      ctx.metrics.refused.inc({ reason: check.reason });
      ws.close(CloseCode.unauthorized, check.reason);
      return;
    }
    const { link } = check;
    if (link.role === 'workshop') {
      log.info(
        { event: 'ws-refused', code: CloseCode.forbidden, reason: 'role-forbidden', link: link.id },
        'sync refused',
      );
      ctx.metrics.refused.inc({ reason: 'role-forbidden' });
      ws.close(CloseCode.forbidden, 'role-forbidden');
      return;
    }
    const connLog = log.child({ link: link.id, role: link.role });
    const conn = new Connection(ws, link, ctx.options, connLog, ctx.metrics);
    conn.schemaVersion = schemaVersionOf(url);
    conn.address = address;
    conn.log.info({ event: 'ws-open' }, 'sync opened');
    try {
      ctx.rooms.join(conceptId, conn);
    } catch (error) {
      conn.log.error({ event: 'ws-join-failed', err: error }, 'could not open concept');
      conn.close(CloseCode.internalError, 'internal-error');
    }
  });
}
