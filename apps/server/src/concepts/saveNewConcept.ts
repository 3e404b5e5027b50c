import { createId } from '@werkbank/concept';
import type { FastifyRequest } from 'fastify';
import { issueLink } from '../links/issueLink.ts';
import { linkUrl } from '../links/linkUrl.ts';
import type { ServerContext } from '../ServerContext.ts';
import type { BuiltConcept } from './BuiltConcept.ts';

/** What creating or importing a concept answers: the owner's token, shown this once. */
export interface NewConceptResponse {
  id: string;
  ownerToken: string;
  ownerLink: string;
  ownerLinkId: string;
}

/**
 * Stores a freshly built concept (`buildConcept`) as its first snapshot, with an owner link and the frozen
 * snapshots of its versions, in one transaction.
 */
export function saveNewConcept(
  ctx: ServerContext,
  request: FastifyRequest,
  { snapshot, frozen }: BuiltConcept,
): NewConceptResponse {
  const id = createId();
  const { link, token } = ctx.store.transaction(() => {
    ctx.store.concepts.create(id);
    ctx.store.docs.compact(id, snapshot, 0);
    for (const { id: versionId, name, createdAt, json } of frozen) {
      ctx.store.versions.freeze(id, versionId, name, createdAt, json);
    }
    return issueLink(ctx.store.links, id, { role: 'owner', label: 'Eigentümer*in' });
  });
  request.log.info(
    {
      event: 'concept-created',
      concept: id,
      bytes: snapshot.pieces.reduce((sum, piece) => sum + piece.length, 0),
      versions: frozen.length,
    },
    'concept created',
  );
  return { id, ownerToken: token, ownerLink: linkUrl(ctx, request, link, token), ownerLinkId: link.id };
}
