import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import Fastify, { type FastifyInstance } from 'fastify';
import { WebSocketServer } from 'ws';
import { z } from 'zod';
import { SyncTickets } from './auth/SyncTickets.ts';
import { type CreationLimit, resolveCreationLimit } from './http/CreationLimit.ts';
import { errorHandler } from './http/errorHandler.ts';
import { lenientJsonParser } from './http/lenientJsonParser.ts';
import { type LoggerSetting, loggerOptions } from './http/loggerOptions.ts';
import { RequestLogController } from './http/RequestLogController.ts';
import { responseHooks } from './http/responseHooks.ts';
import { Metrics } from './metrics/Metrics.ts';
import { registerRoutes } from './routes/registerRoutes.ts';
import type { ServerContext } from './ServerContext.ts';
import type { SyncMode } from './store/openDatabase.ts';
import { Store } from './store/Store.ts';
import { type BackupOptions, scheduleBackups } from './store/scheduleBackups.ts';
import { handleUpgrade } from './sync/handleUpgrade.ts';
import { Rooms } from './sync/Rooms.ts';
import { resolveSyncOptions } from './sync/resolveSyncOptions.ts';
import type { SyncOptions } from './sync/SyncOptions.ts';
import { resolveWorkLimits } from './work/resolveWorkLimits.ts';
import type { WorkLimits } from './work/WorkLimits.ts';
import { WorkPool } from './work/WorkPool.ts';
import { WorkshopHub } from './workshops/WorkshopHub.ts';
import { resolveWorkshopLimits, type WorkshopLimits } from './workshops/WorkshopLimits.ts';

/** Everything `createServer` takes; only `dataDir` is required. */
export interface ServerOptions {
  dataDir: string;
  /** 0 picks a free port (tests). Default 8080. */
  port?: number;
  host?: string;
  /** The built web app (apps/web/dist); served with SPA fallback when it exists. */
  webDir?: string;
  logger?: LoggerSetting;
  /** Base of the links handed out, e.g. `https://werkbank.example.de`; default: the request's host. */
  publicUrl?: string;
  syncMode?: SyncMode;
  /**
   * Whose `X-Forwarded-*` headers count (links, logs, the creation limit's client address): `true` trusts every
   * hop, so the proxy must overwrite `X-Forwarded-For`; better the proxies' addresses, e.g. `'127.0.0.1'`.
   */
  trustProxy?: boolean | string;
  /** Largest JSON body in bytes (default 1 MiB); the import route allows `importBodyLimit` (8 MiB). */
  bodyLimit?: number;
  importBodyLimit?: number;
  /** Word exports one link may start per minute; default 10. */
  exportsPerMinute?: number;
  /** When set, `GET /metrics` answers only `Authorization: Bearer <metricsToken>`. */
  metricsToken?: string;
  /** Threads, heap, time and queue budgets of imports and Word exports. */
  work?: Partial<WorkLimits>;
  /** Concepts one client IP may create or import per window; default 20 per 10 minutes. */
  creationLimit?: Partial<CreationLimit>;
  sync?: Partial<SyncOptions>;
  /** Limits of the workshop interface (text lengths, rates, participants, body size, stream timings). */
  workshops?: Partial<WorkshopLimits>;
  /** Scheduled online copies of the database; default daily into `<dataDir>/backups`, the newest 14 kept. */
  backups?: Partial<BackupOptions>;
}

/** A running (or ready to run) Werkbank server. */
export interface WerkbankServer {
  app: FastifyInstance;
  context: ServerContext;
  listen(): Promise<{ port: number; url: string }>;
  /** Where it listens; only after `listen()`. */
  address(): { port: number; url: string };
  /** Closes sockets with 1001, writes every snapshot, closes the database. */
  close(): Promise<void>;
}

/**
 * The one process a municipality runs: HTTP API, y-websocket sync on `/sync/:conceptId`, SQLite store and the
 * web app, on one port.
 * @example const server = createServer({ dataDir: './data', port: 0 }); const { url } = await server.listen();
 */
export function createServer(options: ServerOptions): WerkbankServer {
  z.config(z.locales.de());
  const sync = resolveSyncOptions(options.sync);
  const workLimits = resolveWorkLimits(options.work);
  const creation = resolveCreationLimit(options.creationLimit);
  const workshopLimits = resolveWorkshopLimits(options.workshops);
  const app = Fastify({
    logger: loggerOptions(options.logger),
    bodyLimit: options.bodyLimit ?? 1024 * 1024,
    trustProxy: options.trustProxy ?? false,
    logController: new RequestLogController(),
  });
  const store = new Store(options.dataDir, options.syncMode, (message) =>
    app.log.error({ event: 'checkpoint-failed', err: message }, 'WAL checkpoint failed'),
  );
  const metrics: Metrics = new Metrics({
    sockets: () => rooms.socketCount,
    loadedConcepts: () => rooms.size,
  });
  const rooms: Rooms = new Rooms(store.docs, sync, app.log, metrics);
  const workshops = new WorkshopHub(rooms, workshopLimits);
  const work = new WorkPool(workLimits, metrics, (error) =>
    app.log.error({ event: 'worker-failed', err: error }, 'worker thread failed'),
  );
  const tickets = new SyncTickets();
  const backups = scheduleBackups(
    store.db,
    {
      dir: options.backups?.dir ?? join(options.dataDir, 'backups'),
      intervalMs: options.backups?.intervalMs ?? 24 * 60 * 60 * 1000,
      keep: options.backups?.keep ?? 14,
    },
    {
      written: (file, bytes, ms, pruned) =>
        app.log.info(
          { event: 'backup-written', file, bytes, ms, pruned: pruned.length },
          'database backed up',
        ),
      failed: (error) => app.log.error({ event: 'backup-failed', err: error }, 'database backup failed'),
    },
  );
  const lifecycle = { closing: false };
  const context: ServerContext = {
    lifecycle,
    backups,
    store,
    rooms,
    workshops,
    publicUrl: options.publicUrl,
    work,
    tickets,
    metrics,
  };
  const wss = new WebSocketServer({
    noServer: true,
    // Frames up to this size are read so that Connection can refuse one over maxMessageBytes with 4414, which
    // stops y-websocket clients; `ws` itself closes with 1009, on which they retry forever.
    maxPayload: Math.max(sync.maxMessageBytes, sync.maxBufferedBytes),
    perMessageDeflate: false,
  });

  app.setErrorHandler(errorHandler);
  lenientJsonParser(app);
  responseHooks(app);
  registerRoutes(
    app,
    context,
    {
      // 14 times the 300-measure sample concept (566 KB as sent, 1.2 MB pretty-printed): room for a backup with
      // several versions' snapshots, far below what would take the worker long.
      importBodyLimit: options.importBodyLimit ?? 8 * 1024 * 1024,
      creation,
      workshops: workshopLimits,
      exportsPerMinute: options.exportsPerMinute ?? 10,
      metricsToken: options.metricsToken,
    },
    options.webDir,
  );
  const upgradeContext = {
    wss,
    links: store.links,
    tickets,
    metrics,
    rooms,
    options: sync,
    log: app.log,
    trustProxy: options.trustProxy ?? false,
  };
  app.server.on('upgrade', (request, socket, head) => {
    // While sockets drain at shutdown, a new one would reload a concept whose snapshot is already written.
    if (lifecycle.closing) {
      socket.end('HTTP/1.1 503 Service Unavailable\r\nConnection: close\r\nContent-Length: 0\r\n\r\n');
      return;
    }
    try {
      handleUpgrade(upgradeContext, request, socket, head);
    } catch (error) {
      app.log.warn({ event: 'ws-upgrade-failed', err: error }, 'upgrade failed');
      socket.destroy();
    }
  });

  function address(): { port: number; url: string } {
    const { port } = app.server.address() as AddressInfo;
    return { port, url: `http://127.0.0.1:${port}` };
  }

  return {
    app,
    context,
    address,
    async listen() {
      await app.listen({ port: options.port ?? 8080, host: options.host ?? '127.0.0.1' });
      return address();
    },
    async close() {
      lifecycle.closing = true;
      await backups.stop();
      rooms.closeAll();
      const deadline = Date.now() + 1000;
      while (wss.clients.size > 0 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 20));
      for (const ws of wss.clients) ws.terminate();
      wss.close();
      await app.close();
      await work.close();
      await store.close();
    },
  };
}
