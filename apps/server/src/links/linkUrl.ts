import type { FastifyRequest } from 'fastify';
import type { ServerContext } from '../ServerContext.ts';

/**
 * The capability link a person opens: `<base>/c/<conceptId>#t=<token>`. The token sits in the fragment,
 * so browsers never send it to a server, and it stays out of access logs and Referer headers.
 */
export function linkUrl(
  ctx: ServerContext,
  request: FastifyRequest,
  conceptId: string,
  token: string,
): string {
  const base = (ctx.publicUrl ?? `${request.protocol}://${request.host}`).replace(/\/+$/, '');
  return `${base}/c/${encodeURIComponent(conceptId)}#t=${token}`;
}
