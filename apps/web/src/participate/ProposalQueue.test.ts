import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { ProposalInput } from './api/ProposalInput.ts';
import { postProposal } from './api/postProposal.ts';
import { ProposalQueue } from './ProposalQueue.ts';

const KEY = 'werkbank.workshop.c1.ws1.queue';
const address = { conceptId: 'c1', workshopId: 'ws1', token: 'tok', participantId: 'p'.repeat(22) };
type Handler = (body: { submissionId: string }, req: IncomingMessage, res: ServerResponse) => void;

/** A real HTTP server standing in for the workshop interface: dedupes by submissionId like the real one. */
function proposalServer(port = 0) {
  const ids = new Map<string, string>();
  const seen = { requests: 0 };
  let handler: Handler | null = null;
  const server: Server = createServer((req, res) => {
    let raw = '';
    req.on('data', (chunk) => {
      raw += chunk;
    });
    req.on('end', () => {
      seen.requests += 1;
      const body = JSON.parse(raw) as { submissionId: string };
      if (handler) return handler(body, req, res);
      const known = ids.get(body.submissionId);
      const id = known ?? `p${ids.size + 1}`;
      ids.set(body.submissionId, id);
      res.writeHead(known ? 200 : 201, { 'Content-Type': 'application/json' });
      res.end(JSON.stringify({ id }));
    });
  });
  const listening = new Promise<number>((resolve) =>
    server.listen(port, '127.0.0.1', () => resolve((server.address() as AddressInfo).port)),
  );
  return {
    ids,
    seen,
    listening,
    setHandler: (h: Handler | null) => {
      handler = h;
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

function proposal(submissionId: string, text = 'Mehr Beratung an Schulen'): ProposalInput {
  return { submissionId, text, fieldId: null, targetGroup: '', displayName: '' };
}

let servers: ReturnType<typeof proposalServer>[] = [];
let queues: ProposalQueue[] = [];

async function start(port = 0) {
  const server = proposalServer(port);
  servers.push(server);
  const actualPort = await server.listening;
  const realFetch = globalThis.fetch;
  // jsdom has no address to resolve the app's relative paths against: point them at the test server.
  vi.stubGlobal('fetch', (input: string, init: RequestInit) =>
    realFetch(new URL(input, `http://127.0.0.1:${actualPort}`), init),
  );
  return { server, port: actualPort };
}

function queue(options: ConstructorParameters<typeof ProposalQueue>[2] = { delay: () => 60_000 }) {
  const q = new ProposalQueue(KEY, (input) => postProposal(address, input), options);
  queues.push(q);
  return q;
}

describe('ProposalQueue', () => {
  beforeEach(() => window.localStorage.clear());
  afterEach(async () => {
    for (const q of queues) q.destroy();
    queues = [];
    vi.unstubAllGlobals();
    await Promise.all(servers.map((s) => s.close().catch(() => undefined)));
    servers = [];
  });

  it('keeps a proposal sent without connection and sends it exactly once when the connection returns', async () => {
    const { server, port } = await start();
    await server.close();
    const q = queue();
    await q.add(proposal('s1'));
    expect(q.getState().items).toMatchObject([{ submissionId: 's1', waiting: { status: 0 } }]);
    expect(JSON.parse(window.localStorage.getItem(KEY) ?? '[]')).toHaveLength(1);

    const { server: back } = await start(port);
    await q.flush();
    await q.flush();
    expect(back.seen.requests).toBe(1);
    expect(q.getState().items).toEqual([]);
    expect(q.getState().sent.map((s) => [s.submissionId, s.id])).toEqual([['s1', 'p1']]);
    expect(JSON.parse(window.localStorage.getItem(KEY) ?? '[]')).toEqual([]);
  });

  it('sends what a closed tab left behind, and a resend after a lost answer makes no second proposal', async () => {
    const { server } = await start();
    let cut = true;
    server.setHandler((body, req, res) => {
      if (cut) {
        cut = false;
        server.ids.set(body.submissionId, 'p1');
        req.socket.destroy();
        return;
      }
      server.setHandler(null);
      res.writeHead(200, { 'Content-Type': 'application/json' });
      res.end(JSON.stringify({ id: server.ids.get(body.submissionId) }));
    });
    const first = queue();
    await first.add(proposal('s1'));
    expect(first.getState().items).toHaveLength(1);
    first.destroy();

    const reopened = queue();
    expect(reopened.getState().items.map((i) => i.submissionId)).toEqual(['s1']);
    await reopened.flush();
    expect(reopened.getState().items).toEqual([]);
    expect(reopened.getState().sent).toEqual([{ ...proposal('s1'), id: 'p1' }]);
    expect(server.seen.requests).toBe(2);
    expect(server.ids.size).toBe(1);
  });

  it('keeps a proposal the server refuses for good as failed, sends it no more, and forgets it on request', async () => {
    const { server } = await start();
    server.setHandler((_body, _req, res) => {
      res.writeHead(400, { 'Content-Type': 'application/json' });
      res.end(JSON.stringify({ error: { code: 'workshop-not-collecting', message: 'Abgeschlossen.' } }));
    });
    const q = queue();
    await q.add(proposal('s1'));
    await q.add(proposal('s2'));
    await q.flush();
    expect(server.seen.requests).toBe(2);
    expect(q.getState().items.map((i) => i.failed?.code)).toEqual([
      'workshop-not-collecting',
      'workshop-not-collecting',
    ]);
    q.dismiss('s1');
    expect(q.getState().items.map((i) => i.submissionId)).toEqual(['s2']);
  });

  it('waits out a rate limit and tries again by itself', async () => {
    const { server } = await start();
    server.setHandler((_body, _req, res) => {
      server.setHandler(null);
      res.writeHead(429, { 'Content-Type': 'application/json' });
      res.end(JSON.stringify({ error: { code: 'rate-limited', message: 'Zu viele.' } }));
    });
    const q = queue({ delay: () => 20 });
    await q.add(proposal('s1'));
    expect(q.getState().items[0]?.waiting?.code).toBe('rate-limited');
    await vi.waitFor(() => expect(q.getState().sent.map((s) => s.id)).toEqual(['p1']));
    expect(server.seen.requests).toBe(2);
  });

  it('sends one at a time however often it is asked, and not at all while the device is offline', async () => {
    const { server } = await start();
    let online = false;
    const q = queue({ isOnline: () => online, delay: () => 60_000 });
    await q.add(proposal('s1'));
    expect(server.seen.requests).toBe(0);
    online = true;
    await Promise.all([q.flush(), q.flush(), q.flush()]);
    expect(server.seen.requests).toBe(1);
    expect(q.getState().items).toEqual([]);
  });
});
