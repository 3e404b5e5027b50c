import type { FastifyInstance } from 'fastify';
import type { CreationLimit } from '../http/CreationLimit.ts';
import type { ServerContext } from '../ServerContext.ts';
import type { WorkshopLimits } from '../workshops/WorkshopLimits.ts';
import { conceptRoutes } from './conceptRoutes.ts';
import { exportRoutes } from './exportRoutes.ts';
import { healthRoutes } from './healthRoutes.ts';
import { linkRoutes } from './linkRoutes.ts';
import { metricsRoutes } from './metricsRoutes.ts';
import { phaseRoutes } from './phaseRoutes.ts';
import { stateRoutes } from './stateRoutes.ts';
import { syncTicketRoutes } from './syncTicketRoutes.ts';
import { templateRoutes } from './templateRoutes.ts';
import { versionRoutes } from './versionRoutes.ts';
import { webAppRoutes } from './webAppRoutes.ts';
import { workshopRoutes } from './workshopRoutes.ts';

/** Limits of the HTTP side. */
export interface RouteLimits {
  importBodyLimit: number;
  /** Concepts one client may create or import per window. */
  creation: CreationLimit;
  workshops: WorkshopLimits;
  /** Word exports one link may start per minute (each takes a core for up to a second and hundreds of MB). */
  exportsPerMinute: number;
  /** When set, GET /metrics needs it as a Bearer token. */
  metricsToken: string | undefined;
}

/**
 * Every route group, one file each. A new group is a function `(app, ctx) => void` in this folder, added here
 * before the web app's catch-all.
 */
export function registerRoutes(
  app: FastifyInstance,
  ctx: ServerContext,
  limits: RouteLimits,
  webDir: string | undefined,
): void {
  healthRoutes(app, ctx);
  metricsRoutes(app, ctx, limits.metricsToken);
  templateRoutes(app);
  conceptRoutes(app, ctx, limits);
  linkRoutes(app, ctx);
  syncTicketRoutes(app, ctx);
  stateRoutes(app, ctx);
  versionRoutes(app, ctx);
  phaseRoutes(app, ctx);
  exportRoutes(app, ctx, limits.exportsPerMinute);
  workshopRoutes(app, ctx, limits.workshops);
  webAppRoutes(app, webDir);
}
