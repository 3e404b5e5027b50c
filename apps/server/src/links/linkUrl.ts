import type { FastifyRequest } from 'fastify';
import type { ServerContext } from '../ServerContext.ts';
import type { Link } from '../store/LinkStore.ts';

/**
 * The capability link a person opens: `<base>/c/<conceptId>#t=<token>`, or for a workshop link the participant
 * page `<base>/w/<conceptId>/<workshopId>#t=<token>`. The token sits in the fragment, so browsers never send
 * it to a server, and it stays out of access logs and Referer headers.
 */
export function linkUrl(
  ctx: ServerContext,
  request: FastifyRequest,
  link: Pick<Link, 'conceptId' | 'workshopId'>,
  token: string,
): string {
  const base = (ctx.publicUrl ?? `${request.protocol}://${request.host}`).replace(/\/+$/, '');
  const concept = encodeURIComponent(link.conceptId);
  const path = link.workshopId ? `w/${concept}/${encodeURIComponent(link.workshopId)}` : `c/${concept}`;
  return `${base}/${path}#t=${token}`;
}
