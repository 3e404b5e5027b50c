import {
  deleteWorkshop,
  hideProposal,
  releaseProposal,
  updateProposal,
  updateWorkshop,
} from '@werkbank/concept';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { connectClient, type TestClient } from './connectClient.ts';
import { type EventReader, openEvents } from './eventStream.ts';
import { api, createConcept, createLink, createWorkshop } from './factories.ts';
import { startServer, type TestServer } from './startServer.ts';
import { waitFor } from './waitFor.ts';

const ANNA = 'anna-1234567';
const BEN = 'ben-12345678';

describe('workshop event stream', () => {
  let server: TestServer;
  const readers: EventReader[] = [];
  const clients: TestClient[] = [];
  beforeAll(async () => {
    server = await startServer({ logger: false, sync: { unloadDelayMs: 50 } });
  });
  afterAll(async () => {
    for (const reader of readers) reader.close();
    for (const client of clients) client.destroy();
    await server.dispose();
  });

  async function setup(input = {}) {
    const concept = await createConcept(server.url);
    const workshop = await createWorkshop(server, concept, input);
    const base = `/api/workshops/${concept.id}/${workshop.workshopId}`;
    const events = async (participant?: string, token = workshop.token) => {
      const query = participant ? `&participant=${participant}` : '';
      const reader = await openEvents(`${server.url}${base}/events?token=${token}${query}`);
      readers.push(reader);
      return reader;
    };
    const propose = (participant: string, body: object) =>
      api(server.url, 'POST', `${base}/proposals`, {
        token: workshop.token,
        headers: { 'x-participant': participant },
        body,
      });
    return { concept, workshop, base, events, propose };
  }

  it('opens with the current state and delivers a new proposal within 100 ms or so', async () => {
    const { events, propose } = await setup();
    const stream = await events(ANNA);
    expect(stream.status).toBe(200);
    expect(stream.headers.get('content-type')).toMatch(/^text\/event-stream/);
    expect(stream.headers.get('cache-control')).toBe('no-store');
    const first = await stream.waitForState(() => true);
    expect(first.proposals).toEqual([]);
    const sent = performance.now();
    const posted = await propose(BEN, { submissionId: 'sub-live-001', text: 'Antidiskriminierungsstelle' });
    expect(posted.status).toBe(201);
    await stream.waitForState((s) => s.proposals.some((p) => p.text === 'Antidiskriminierungsstelle'));
    const arrived = stream.states.at(-1)?.at ?? 0;
    expect(arrived - sent).toBeLessThan(250);
  });

  it("delivers a moderator's change made through sync, and keeps the concept loaded meanwhile", async () => {
    const { concept, workshop, events, propose } = await setup();
    const editor = await createLink(server.url, concept.id, concept.ownerToken, 'editor');
    await propose(ANNA, { submissionId: 'sub-mod-0001', text: 'Erster Vorschlag' });
    const stream = await events(BEN);
    await stream.waitForState((s) => s.proposals.length === 1);
    // Longer than unloadDelayMs with no socket: the stream alone must hold the room.
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(server.server.context.rooms.isLoaded(concept.id)).toBe(true);

    const moderator = connectClient(server.wsUrl, concept.id, editor.token);
    clients.push(moderator);
    await moderator.firstSync;
    updateWorkshop(moderator.doc, workshop.workshopId, { phase: 'vote', title: 'Konferenz 2027' });
    const voting = await stream.waitForState((s) => s.workshop.phase === 'vote');
    expect(voting.workshop.title).toBe('Konferenz 2027');
    moderator.destroy();

    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(server.server.context.rooms.isLoaded(concept.id)).toBe(true);
    stream.close();
    await waitFor(() => !server.server.context.rooms.isLoaded(concept.id), 'unloads once the stream is gone');
  });

  it('never sends hidden or pending proposals of others, display names or participant ids', async () => {
    const { concept, events, propose } = await setup({ release: 'moderated' });
    const editor = await createLink(server.url, concept.id, concept.ownerToken, 'editor');
    const anna = await events(ANNA);
    const ben = await events(BEN);
    const wall = await events();
    const first = await propose(ANNA, {
      submissionId: 'sub-pend-001',
      text: 'Wartet auf Freigabe',
      displayName: 'Erika Mustermann',
    });
    const second = await propose(ANNA, { submissionId: 'sub-pend-002', text: 'Wird ausgeblendet' });
    const own = await anna.waitForState((s) => s.proposals.length === 2);
    expect(own.proposals.map((p) => [p.own, p.pending])).toEqual([
      [true, true],
      [true, true],
    ]);

    const moderator = connectClient(server.wsUrl, concept.id, editor.token);
    clients.push(moderator);
    await moderator.firstSync;
    releaseProposal(moderator.doc, first.body.id);
    hideProposal(moderator.doc, second.body.id);
    const released = await ben.waitForState((s) => s.proposals.length === 1);
    expect(released.proposals[0]).toMatchObject({ text: 'Wartet auf Freigabe', own: false, pending: false });
    await wall.waitForState((s) => s.proposals.length === 1);
    await anna.waitForState((s) => s.proposals.length === 1);
    updateProposal(moderator.doc, second.body.id, { text: 'Geänderter verborgener Text' });
    await new Promise((resolve) => setTimeout(resolve, 200));
    moderator.destroy();

    for (const reader of [ben, wall]) {
      const all = reader.raw.join('\n');
      expect(all).not.toContain('Wird ausgeblendet');
      expect(all).not.toContain('Geänderter verborgener Text');
      expect(all).not.toContain('"pending":true');
    }
    for (const reader of [anna, ben, wall]) {
      const all = reader.raw.join('\n');
      expect(all).not.toContain('Erika');
      expect(all).not.toContain(ANNA);
      expect(all).not.toContain(BEN);
    }
  });

  it('coalesces a burst: 200 proposals at once reach a stream in far fewer sends', async () => {
    const { events, propose } = await setup();
    const streams = await Promise.all([events(ANNA), events(BEN), events()]);
    await Promise.all(streams.map((s) => s.waitForState(() => true)));
    const before = streams.map((s) => s.states.length);
    const answers = await Promise.all(
      Array.from({ length: 200 }, (_, i) =>
        propose(`person-${String(i).padStart(4, '0')}`, {
          submissionId: `sub-burst-${i}`,
          text: `Idee ${i}`,
        }),
      ),
    );
    expect(answers.filter((a) => a.status === 201)).toHaveLength(200);
    for (const [i, stream] of streams.entries()) {
      await stream.waitForState((s) => s.proposals.length === 200);
      expect(stream.states.length - (before[i] ?? 0)).toBeLessThan(60);
    }
  });

  it('ends the streams of a revoked link at once, and the link no longer opens one', async () => {
    const { concept, workshop, events, base } = await setup();
    const stream = await events(ANNA);
    await stream.waitForState(() => true);
    const revoked = await api(server.url, 'DELETE', `/api/concepts/${concept.id}/links/${workshop.linkId}`, {
      token: concept.ownerToken,
    });
    expect(revoked.status).toBe(204);
    expect(await stream.ended).toBe('token-revoked');
    const again = await events(ANNA);
    expect(again.status).toBe(401);
    const write = await api(server.url, 'POST', `${base}/proposals`, {
      token: workshop.token,
      headers: { 'x-participant': ANNA },
      body: { submissionId: 'sub-revoked1', text: 'Zu spät' },
    });
    expect([write.status, write.body.error.code]).toEqual([401, 'token-revoked']);
  });

  it('ends streams when the workshop or the concept is deleted', async () => {
    const { concept, workshop, events } = await setup();
    const stream = await events(ANNA);
    await stream.waitForState(() => true);
    const moderator = connectClient(server.wsUrl, concept.id, concept.ownerToken);
    clients.push(moderator);
    await moderator.firstSync;
    deleteWorkshop(moderator.doc, workshop.workshopId);
    expect(await stream.ended).toBe('workshop-not-found');
    moderator.destroy();

    const other = await setup();
    const second = await other.events();
    await second.waitForState(() => true);
    await api(server.url, 'DELETE', `/api/concepts/${other.concept.id}`, { token: other.concept.ownerToken });
    expect(await second.ended).toBe('concept-deleted');
  });

  it('refuses streams like the other routes (401, 403) and a bad participant id (400)', async () => {
    const { concept, events } = await setup();
    const viewer = await createLink(server.url, concept.id, concept.ownerToken, 'viewer');
    expect((await events(undefined, viewer.token)).status).toBe(403);
    expect((await events(undefined, 'x'.repeat(43))).status).toBe(401);
    expect((await events('kurz')).status).toBe(400);
    const other = await setup();
    const foreign = await openEvents(
      `${server.url}${other.base}/events?token=${(await setup()).workshop.token}`,
    );
    expect(foreign.status).toBe(403);
    const preview = await events(undefined, concept.ownerToken);
    expect(preview.status).toBe(200);
  });

  it('ends a stream when its link expires', async () => {
    const { concept, workshop } = await setup();
    const expiring = await api(server.url, 'POST', `/api/concepts/${concept.id}/links`, {
      token: concept.ownerToken,
      body: {
        role: 'workshop',
        workshopId: workshop.workshopId,
        expiresAt: new Date(Date.now() + 400).toISOString(),
      },
    });
    const stream = await openEvents(
      `${server.url}/api/workshops/${concept.id}/${workshop.workshopId}/events?token=${expiring.body.token}`,
    );
    readers.push(stream);
    await stream.waitForState(() => true);
    expect(await stream.ended).toBe('token-expired');
  });

  it('ends open streams when the server shuts down, without holding the shutdown up', async () => {
    const own = await startServer({ logger: false });
    try {
      const concept = await createConcept(own.url);
      const workshop = await createWorkshop(own, concept);
      const stream = await openEvents(
        `${own.url}/api/workshops/${concept.id}/${workshop.workshopId}/events?token=${workshop.token}`,
      );
      await stream.waitForState(() => true);
      const started = performance.now();
      await own.stop();
      expect(performance.now() - started).toBeLessThan(2000);
      expect(await stream.ended).toBe('server-shutdown');
    } finally {
      await own.dispose();
    }
  });

  it('sends keep-alive comments', async () => {
    const quick = await startServer({ logger: false, workshops: { keepAliveMs: 50 } });
    try {
      const concept = await createConcept(quick.url);
      const workshop = await createWorkshop(quick, concept);
      const stream = await openEvents(
        `${quick.url}/api/workshops/${concept.id}/${workshop.workshopId}/events?token=${workshop.token}`,
      );
      await waitFor(() => stream.comments >= 2, 'two keep-alives');
      stream.close();
    } finally {
      await quick.dispose();
    }
  });
});
