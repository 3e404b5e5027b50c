import type { FastifyRequest } from 'fastify';
import { checkToken } from '../auth/checkToken.ts';
import { hashToken } from '../auth/hashToken.ts';
import { tokenFromRequest } from '../auth/tokenFromRequest.ts';
import { HttpError } from '../http/HttpError.ts';
import type { Link, LinkStore } from '../store/LinkStore.ts';

/**
 * The link of a workshop request: a workshop link of exactly this workshop (participants, the wall), or an
 * owner or editor link of the concept (moderators' preview). 401 without a live token; 403 for a viewer link
 * and for a workshop link of another workshop or concept.
 */
export function requireWorkshopAccess(
  links: LinkStore,
  request: FastifyRequest,
  conceptId: string,
  workshopId: string,
): Link {
  const token = tokenFromRequest(request);
  const check = checkToken(links, conceptId, token);
  if (!check.ok) {
    const elsewhere = token ? links.findByHash(hashToken(token)) : undefined;
    if (check.reason === 'token-invalid' && elsewhere?.role === 'workshop')
      throw new HttpError(403, 'workshop-forbidden');
    throw new HttpError(401, check.reason);
  }
  const { link } = check;
  if (link.role === 'workshop') {
    if (link.workshopId !== workshopId) throw new HttpError(403, 'workshop-forbidden');
    return link;
  }
  if (link.role === 'owner' || link.role === 'editor') return link;
  throw new HttpError(403, 'role-forbidden');
}
