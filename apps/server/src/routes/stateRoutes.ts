import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';
import { encodeStatePieces } from '@werkbank/concept';
import type { FastifyInstance } from 'fastify';
import * as Y from 'yjs';
import { z } from 'zod';
import { readerRoles } from '../auth/readerRoles.ts';
import { requireLink } from '../auth/requireLink.ts';
import { parseQuery } from '../http/parseQuery.ts';
import type { ServerContext } from '../ServerContext.ts';
import { answersFromStore } from '../store/DocStore.ts';
import { encodePieces } from '../sync/encodePieces.ts';
import { RateLimit } from '../workshops/RateLimit.ts';
import { takeForLink } from '../workshops/rateLimited.ts';

/** Loads of the state one link may make per minute: opening a concept takes one. */
const STATE_PER_MINUTE = 30;

/** The type of an answer in pieces (`?pieces=1`). */
export const PIECES_TYPE = 'application/vnd.werkbank.yjs-pieces';

const query = z.strictObject({ pieces: z.enum(['0', '1']).optional() });

const brotli = promisify(brotliCompress);
const gzipped = promisify(gzip);

/** The compression to send, from an `Accept-Encoding` header: brotli, else gzip, else none. */
export function stateEncoding(accept: string | undefined): 'br' | 'gzip' | null {
  const accepted = new Set<string>();
  for (const part of (accept ?? '').split(',')) {
    const [name = '', ...params] = part.trim().toLowerCase().split(';');
    const q = params.map((param) => param.trim()).find((param) => param.startsWith('q='));
    if (q === undefined || Number(q.slice(2)) > 0) accepted.add(name.trim());
  }
  if (accepted.has('br')) return 'br';
  if (accepted.has('gzip')) return 'gzip';
  return null;
}

/**
 * A concept not loaded, whose snapshot is stored in pieces at the current schema version (and nothing in its
 * Papierkorb is due to go): its state in pieces as stored (the snapshot's pieces, then what was stored after it as
 * one more), without loading it (for 300 measures that takes 0.1–0.6 s, in which the server answers nothing else).
 * Null otherwise: then the concept is loaded, migrated and purged as it must be.
 */
function storedPieces(ctx: ServerContext, conceptId: string): Uint8Array | null {
  if (ctx.rooms.isLoaded(conceptId)) return null;
  const stored = ctx.store.docs.load(conceptId);
  if (!answersFromStore(stored.summary)) return null;
  let after: Uint8Array[];
  try {
    after = stored.updates.length > 1 ? [Y.mergeUpdates(stored.updates)] : stored.updates;
  } catch {
    return null; // an update Yjs cannot read: loading the concept skips it (and logs it)
  }
  return encodePieces([...stored.snapshot, ...after]);
}

/**
 * GET /api/concepts/:id/state: the concept's Yjs state (`Y.encodeStateAsUpdate`, update format 1), brotli- or
 * gzip-compressed as the browser accepts. The web app asks for it as it starts when this device has no copy of
 * the concept yet, so the concept arrives compressed (a fifth of its size) and while the page's code still loads;
 * the sync socket then has only what changed since to send. Readers' links; 30 a minute per link.
 * With `?pieces=1` the state comes as a few updates to apply one after another (`encodeStatePieces`, type
 * `PIECES_TYPE`): the browser applies a large concept in several shorter tasks instead of one long one.
 */
export function stateRoutes(app: FastifyInstance, ctx: ServerContext): void {
  const perLink = new RateLimit(STATE_PER_MINUTE);
  app.get<{ Params: { id: string } }>('/api/concepts/:id/state', async (request, reply) => {
    const { id } = request.params;
    const { pieces } = parseQuery(query, request.query);
    const link = requireLink(ctx, request, id, readerRoles);
    takeForLink(perLink, link.id, request, reply, 'state-rate-limited');
    const state =
      (pieces === '1' && storedPieces(ctx, id)) ||
      ctx.rooms.use(id, (room) =>
        pieces === '1' ? encodePieces(encodeStatePieces(room.doc)) : Y.encodeStateAsUpdate(room.doc),
      );
    reply.header('Cache-Control', 'no-store').header('Vary', 'Accept-Encoding');
    reply.type(pieces === '1' ? PIECES_TYPE : 'application/octet-stream');
    const encoding = stateEncoding(request.headers['accept-encoding']);
    if (!encoding) return Buffer.from(state.buffer, state.byteOffset, state.byteLength);
    reply.header('Content-Encoding', encoding);
    // In libuv's thread pool, off the event loop; brotli's quality 5 packs a 300-measure concept's 0.8 MB to
    // about a fifth in some 30 ms.
    return encoding === 'br'
      ? brotli(state, {
          params: {
            [constants.BROTLI_PARAM_QUALITY]: 5,
            [constants.BROTLI_PARAM_SIZE_HINT]: state.byteLength,
          },
        })
      : gzipped(state, { level: 6 });
  });
}
