import type { FastifyRequest } from 'fastify';
import { HttpError } from '../http/HttpError.ts';
import type { ServerContext } from '../ServerContext.ts';
import type { Link } from '../store/LinkStore.ts';
import { checkToken } from './checkToken.ts';
import type { Role } from './Role.ts';
import { tokenFromRequest } from './tokenFromRequest.ts';

/** The link of the request's token for `conceptId`; 401 without a live one, 403 when its role is not in `roles`. */
export function requireLink(
  ctx: ServerContext,
  request: FastifyRequest,
  conceptId: string,
  roles: readonly Role[],
): Link {
  const check = checkToken(ctx.store.links, conceptId, tokenFromRequest(request));
  if (!check.ok) throw new HttpError(401, check.reason);
  if (!roles.includes(check.link.role)) throw new HttpError(403, 'role-forbidden');
  return check.link;
}
