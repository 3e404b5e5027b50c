import { editOwnProposal, setParticipantVotes, submitProposal } from '@werkbank/concept';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { HttpError } from '../http/HttpError.ts';
import { parseBody } from '../http/parseBody.ts';
import { parseQuery } from '../http/parseQuery.ts';
import type { ServerContext } from '../ServerContext.ts';
import type { Room } from '../sync/Room.ts';
import { ProposalRates } from '../workshops/ProposalRates.ts';
import { participantFrom } from '../workshops/participantFrom.ts';
import { participantVotesAnswer } from '../workshops/participantVotesAnswer.ts';
import { RateLimit } from '../workshops/RateLimit.ts';
import { rateLimited } from '../workshops/rateLimited.ts';
import { requireOwnWorkshopProposal } from '../workshops/requireOwnWorkshopProposal.ts';
import { requireWorkshop } from '../workshops/requireWorkshop.ts';
import { requireWorkshopAccess } from '../workshops/requireWorkshopAccess.ts';
import { toWorkshopHttpError } from '../workshops/toWorkshopHttpError.ts';
import type { WorkshopLimits } from '../workshops/WorkshopLimits.ts';
import { workshopBodySchemas } from '../workshops/workshopBodySchemas.ts';

interface WorkshopParams {
  conceptId: string;
  workshopId: string;
}

interface Writer {
  linkId: string;
  participantId: string;
}

const BASE = '/api/workshops/:conceptId/:workshopId';

/**
 * The participant interface (docs/WORKSHOPS.md): the projection, its event stream, proposals and votes.
 * Workshop links write through `concept`'s participant verbs on the loaded room, so every limit holds in one
 * place and every change is stored before editors and streams see it.
 */
export function workshopRoutes(app: FastifyInstance, ctx: ServerContext, limits: WorkshopLimits): void {
  const schemas = workshopBodySchemas(limits);
  const proposalRates = new ProposalRates(limits);
  const writesOfParticipant = new RateLimit(limits.writesPerParticipantPerMinute);
  const options = { bodyLimit: limits.bodyLimit };

  /** The participant of a write: only workshop links write, and only with a participant id. */
  function participant(request: FastifyRequest<{ Params: WorkshopParams }>): Writer {
    const { conceptId, workshopId } = request.params;
    const link = requireWorkshopAccess(ctx.store.links, request, conceptId, workshopId);
    if (link.role !== 'workshop') throw new HttpError(403, 'workshop-link-required');
    parseQuery(schemas.query, request.query);
    return { linkId: link.id, participantId: participantFrom(request, true) as string };
  }

  /** Runs a write on the loaded concept: the workshop must exist and have room for this participant. */
  function write<T>(params: WorkshopParams, participantId: string, fn: (room: Room) => T): T {
    const { conceptId, workshopId } = params;
    return ctx.rooms.use(conceptId, (room) => {
      requireWorkshop(room.doc, workshopId);
      if (!ctx.workshops.participants.admit(room.doc, workshopId, participantId, limits.maxParticipants))
        throw new HttpError(409, 'workshop-full');
      try {
        return fn(room);
      } catch (error) {
        throw toWorkshopHttpError(error, 'proposal-not-found');
      }
    });
  }

  function takeWrite(reply: FastifyReply, key: string): void {
    const wait = writesOfParticipant.take(key);
    if (wait > 0) throw rateLimited(reply, 'writes-rate-limited', wait);
  }

  /** The projection as the answer, from a read shared with the other requests of this turn. */
  async function projection(reply: FastifyReply, room: Room, workshopId: string, participantId?: string) {
    const text = await ctx.workshops.projections.request(room.doc, workshopId, participantId);
    return reply.type('application/json; charset=utf-8').send(Buffer.concat(text.parts));
  }

  app.get<{ Params: WorkshopParams }>(BASE, async (request, reply) => {
    const { conceptId, workshopId } = request.params;
    requireWorkshopAccess(ctx.store.links, request, conceptId, workshopId);
    parseQuery(schemas.query, request.query);
    const participantId = participantFrom(request, false);
    const room = ctx.rooms.use(conceptId, (loaded) => {
      requireWorkshop(loaded.doc, workshopId);
      return loaded;
    });
    return projection(reply, room, workshopId, participantId);
  });

  app.get<{ Params: WorkshopParams }>(
    `${BASE}/events`,
    { exposeHeadRoute: false },
    async (request, reply) => {
      const { conceptId, workshopId } = request.params;
      const link = requireWorkshopAccess(ctx.store.links, request, conceptId, workshopId);
      parseQuery(schemas.query, request.query);
      const participantId = participantFrom(request, false);
      ctx.rooms.use(conceptId, (room) => {
        requireWorkshop(room.doc, workshopId);
        // A newcomer to a full workshop may still watch; only writing needs a place.
        if (participantId && link.role === 'workshop') {
          ctx.workshops.participants.admit(room.doc, workshopId, participantId, limits.maxParticipants);
        }
      });
      reply.hijack();
      ctx.workshops.open(conceptId, workshopId, reply.raw, link, participantId);
      request.log.info(
        { event: 'workshop-stream-opened', concept: conceptId, workshop: workshopId, link: link.id },
        'workshop stream opened',
      );
    },
  );

  app.post<{ Params: WorkshopParams }>(`${BASE}/proposals`, options, async (request, reply) => {
    const { linkId, participantId } = participant(request);
    const { displayName, ...input } = parseBody(schemas.proposal, request.body);
    const result = write(request.params, participantId, (room) => {
      const own = `${request.params.conceptId}/${request.params.workshopId}/${participantId}`;
      const limited = proposalRates.take(reply, own, linkId);
      if (limited) throw limited;
      let created = false;
      try {
        const submitted = submitProposal(room.doc, request.params.workshopId, participantId, {
          ...input,
          ...(displayName !== undefined && { author: displayName }),
        });
        created = submitted.created;
        return submitted;
      } finally {
        // Only proposals that were added count; a resent or refused one gives its tokens back.
        if (!created) proposalRates.refund(own, linkId);
      }
    });
    reply.status(result.created ? 201 : 200);
    return { id: result.id };
  });

  app.patch<{ Params: WorkshopParams & { proposalId: string } }>(
    `${BASE}/proposals/:proposalId`,
    options,
    async (request, reply) => {
      const { participantId } = participant(request);
      const patch = parseBody(schemas.edit, request.body);
      const { workshopId, proposalId } = request.params;
      const room = write(request.params, participantId, (loaded) => {
        requireOwnWorkshopProposal(loaded.doc, workshopId, proposalId);
        takeWrite(reply, `${request.params.conceptId}/${workshopId}/${participantId}`);
        editOwnProposal(loaded.doc, proposalId, participantId, patch);
        return loaded;
      });
      return projection(reply, room, workshopId, participantId);
    },
  );

  app.put<{ Params: WorkshopParams }>(`${BASE}/votes`, options, async (request, reply) => {
    const { participantId } = participant(request);
    const { votes } = parseBody(schemas.votes, request.body);
    const { workshopId } = request.params;
    return write(request.params, participantId, (loaded) => {
      takeWrite(reply, `${request.params.conceptId}/${workshopId}/${participantId}`);
      setParticipantVotes(loaded.doc, workshopId, participantId, votes);
      // The stored set is exactly the one sent (it replaces all of this participant's dots), so the answer
      // needs no read of the workshop: hundreds of people voting at once are answered without one each.
      return participantVotesAnswer(loaded.doc, workshopId, votes);
    });
  });
}
