// The workshop benchmark's reference: the participant routes of docs/WORKSHOPS.md done as simply as possible —
// an array of proposals in memory, no persistence, no Yjs, one projection for every stream, no rate limits.
// What Werkbank spends beyond this is what durability, the Y.Doc and per-reader projections cost.
import { randomUUID } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';

interface Proposal {
  id: string;
  participantId: string;
  submissionId: string;
  text: string;
  createdAt: string;
  votes: Record<string, number>;
}

const DOTS = 5;
// Werkbank's default coalescing of stream updates, so both servers batch the same way.
const COALESCE_MS = 25;
const ROUTE = /^\/api\/workshops\/([^/]+)\/([^/]+)\/(events|proposals|votes)$/;
const PARTICIPANT = /^[A-Za-z0-9_-]{8,64}$/;
const participantToken = process.env.WORKSHOP_TOKEN ?? randomUUID();
const moderatorToken = process.env.MODERATOR_TOKEN ?? randomUUID();

let phase = 'collect';
const proposals: Proposal[] = [];
const bySubmission = new Map<string, Proposal>();
const byId = new Map<string, Proposal>();
const streams = new Set<ServerResponse>();
let timer: NodeJS.Timeout | null = null;

function projection(participantId?: string) {
  const myVotes: Record<string, number> = {};
  let used = 0;
  const shown = proposals.map((p) => {
    const mine = participantId ? (p.votes[participantId] ?? 0) : 0;
    if (mine > 0) myVotes[p.id] = mine;
    used += mine;
    const dots = Object.values(p.votes).reduce((sum, d) => sum + d, 0);
    return { id: p.id, text: p.text, dots, createdAt: p.createdAt, own: p.participantId === participantId };
  });
  const workshop = {
    id: 'werkstatt',
    phase,
    dotsPerParticipant: DOTS,
    stackDots: true,
    release: 'immediate',
  };
  return { workshop, proposals: shown, myVotes, dotsLeft: DOTS - used };
}

function changed(): void {
  if (timer) return;
  timer = setTimeout(() => {
    timer = null;
    const json = JSON.stringify(projection());
    for (const stream of streams) stream.write(`event: state\ndata: ${json}\n\n`);
  }, COALESCE_MS);
}

function send(res: ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify(body));
}

async function bodyOf(req: IncomingMessage): Promise<Record<string, unknown>> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return JSON.parse(Buffer.concat(chunks).toString('utf8') || '{}');
}

function submit(participantId: string, body: Record<string, unknown>): [number, unknown] {
  const { submissionId, text } = body;
  if (
    typeof submissionId !== 'string' ||
    typeof text !== 'string' ||
    text.trim() === '' ||
    text.length > 1000
  )
    return [400, { error: { code: 'invalid-body' } }];
  const earlier = bySubmission.get(`${participantId}/${submissionId}`);
  if (earlier) return [200, { id: earlier.id }];
  if (phase !== 'collect') return [409, { error: { code: 'workshop-not-collecting' } }];
  const proposal = {
    id: randomUUID(),
    participantId,
    submissionId,
    text: text.trim(),
    createdAt: new Date().toISOString(),
    votes: {},
  };
  proposals.push(proposal);
  bySubmission.set(`${participantId}/${submissionId}`, proposal);
  byId.set(proposal.id, proposal);
  changed();
  return [201, { id: proposal.id }];
}

function setVotes(participantId: string, body: Record<string, unknown>): [number, unknown] {
  const votes = (body.votes ?? {}) as Record<string, number>;
  if (phase !== 'vote') return [409, { error: { code: 'not-voting' } }];
  const total = Object.values(votes).reduce((sum, d) => sum + d, 0);
  if (!Object.keys(votes).every((id) => byId.has(id)))
    return [409, { error: { code: 'proposal-not-votable' } }];
  if (total > DOTS) return [409, { error: { code: 'no-dots-left' } }];
  for (const proposal of proposals) delete proposal.votes[participantId];
  for (const [id, dots] of Object.entries(votes))
    if (dots > 0) (byId.get(id) as Proposal).votes[participantId] = dots;
  changed();
  // The same answer as Werkbank's: the dots as stored and how many are left.
  const myVotes = Object.fromEntries(Object.entries(votes).filter(([, dots]) => dots > 0));
  return [200, { myVotes, dotsLeft: DOTS - total }];
}

function openStream(res: ServerResponse): void {
  res.writeHead(200, { 'content-type': 'text/event-stream; charset=utf-8', 'cache-control': 'no-store' });
  res.write(`retry: 3000\n\nevent: state\ndata: ${JSON.stringify(projection())}\n\n`);
  streams.add(res);
  res.on('close', () => streams.delete(res));
}

async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
  const url = new URL(req.url ?? '/', 'http://reference');
  const token = req.headers.authorization?.slice('Bearer '.length) ?? url.searchParams.get('token');
  if (url.pathname === '/api/health') return send(res, 200, { ok: true });
  const moderator = token === moderatorToken;
  if (!moderator && token !== participantToken) return send(res, 401, { error: { code: 'token-invalid' } });
  if (url.pathname === '/bench/phase' && moderator && req.method === 'POST') {
    phase = String((await bodyOf(req)).phase);
    changed();
    return send(res, 200, { phase });
  }
  if (url.pathname === '/bench/proposals' && moderator) return send(res, 200, proposals);
  const route = ROUTE.exec(url.pathname)?.[3];
  if (route === 'events' && req.method === 'GET') return openStream(res);
  const participantId = req.headers['x-participant'];
  if (typeof participantId !== 'string' || !PARTICIPANT.test(participantId))
    return send(res, 400, { error: { code: 'participant-missing' } });
  if (route === 'proposals' && req.method === 'POST')
    return send(res, ...submit(participantId, await bodyOf(req)));
  if (route === 'votes' && req.method === 'PUT')
    return send(res, ...setVotes(participantId, await bodyOf(req)));
  send(res, 404, { error: { code: 'not-found' } });
}

createServer((req, res) => {
  handle(req, res).catch(() => send(res, 400, { error: { code: 'invalid-body' } }));
}).listen(Number(process.env.PORT), process.env.HOST ?? '127.0.0.1');
