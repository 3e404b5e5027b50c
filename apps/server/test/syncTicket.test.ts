import { afterEach, describe, expect, it } from 'vitest';
import { connectClient, type TestClient } from './connectClient.ts';
import { api, createConcept, createLink, createWorkshop } from './factories.ts';
import { startServer, type TestServer } from './startServer.ts';

describe('sync tickets', () => {
  let server: TestServer;
  const clients: TestClient[] = [];
  afterEach(async () => {
    for (const c of clients.splice(0)) c.destroy();
    await server.dispose();
  });
  function connectWithTicket(conceptId: string, ticket: string): TestClient {
    const client = connectClient(server.wsUrl, conceptId, undefined, { ticket });
    clients.push(client);
    return client;
  }
  async function ticketFor(conceptId: string, token: string): Promise<string> {
    const response = await api(server.url, 'POST', `/api/concepts/${conceptId}/sync-ticket`, { token });
    expect(response.status).toBe(200);
    expect(response.body.expiresInSeconds).toBe(30);
    return response.body.ticket;
  }

  it('opens a socket with a ticket from an Authorization-header request, once', async () => {
    server = await startServer({ logger: false });
    const { id, ownerToken } = await createConcept(server.url);
    const ticket = await ticketFor(id, ownerToken);
    expect(ticket).not.toContain(ownerToken);
    const first = connectWithTicket(id, ticket);
    const doc = await first.firstSync;
    expect(doc.share.size).toBeGreaterThan(0);
    const again = connectWithTicket(id, ticket);
    expect(await again.closed).toBe(4401);
  });

  it('refuses a ticket of another concept, an unknown one, and one whose link was revoked in between', async () => {
    server = await startServer({ logger: false });
    const a = await createConcept(server.url);
    const b = await createConcept(server.url);
    expect(await connectWithTicket(b.id, await ticketFor(a.id, a.ownerToken)).closed).toBe(4401);
    expect(await connectWithTicket(a.id, 'ausgedacht').closed).toBe(4401);
    const editor = await createLink(server.url, a.id, a.ownerToken, 'editor');
    const ticket = await ticketFor(a.id, editor.token);
    await api(server.url, 'DELETE', `/api/concepts/${a.id}/links/${editor.id}`, { token: a.ownerToken });
    expect(await connectWithTicket(a.id, ticket).closed).toBe(4401);
  });

  it('gives no ticket without a valid token, nor to a workshop link', async () => {
    server = await startServer({ logger: false });
    const concept = await createConcept(server.url);
    const { id } = concept;
    expect((await api(server.url, 'POST', `/api/concepts/${id}/sync-ticket`)).status).toBe(401);
    const workshop = await createWorkshop(server, concept);
    const participant = await api(server.url, 'POST', `/api/concepts/${id}/sync-ticket`, {
      token: workshop.token,
    });
    expect(participant.status).toBe(403);
    const wrong = await api(server.url, 'POST', `/api/concepts/${id}/sync-ticket`, { token: 'falsch' });
    expect(wrong.status).toBe(401);
  });
});
