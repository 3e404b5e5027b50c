import { addWorkshop, type WorkshopInput } from '@werkbank/concept';
import type { Role } from '../src/auth/Role.ts';
import type { TestServer } from './startServer.ts';

/** Input for POST /api/concepts that the bundled template accepts. */
export const newConceptBody = {
  templateId: 'nrweltoffen',
  title: 'Handlungskonzept gegen Rassismus',
  territory: 'Kreis Musterland',
  territoryType: 'kreis',
};

/** A JSON request against the test server; returns status and parsed body. */
export async function api(
  url: string,
  method: string,
  path: string,
  options: { token?: string; body?: unknown; headers?: Record<string, string> } = {},
  // biome-ignore lint/suspicious/noExplicitAny: response bodies are read field by field in assertions
): Promise<{ status: number; body: any }> {
  const headers: Record<string, string> = { ...options.headers };
  if (options.token) headers.authorization = `Bearer ${options.token}`;
  if (options.body !== undefined) headers['content-type'] = 'application/json';
  const response = await fetch(`${url}${path}`, {
    method,
    headers,
    body: options.body === undefined ? undefined : JSON.stringify(options.body),
  });
  const text = await response.text();
  return { status: response.status, body: text ? JSON.parse(text) : undefined };
}

/** A new concept through the API: its id and owner token. */
export async function createConcept(
  url: string,
  body: object = newConceptBody,
): Promise<{ id: string; ownerToken: string }> {
  const { status, body: created } = await api(url, 'POST', '/api/concepts', { body });
  if (status !== 201) throw new Error(`create failed: ${status} ${JSON.stringify(created)}`);
  return created;
}

/** A new capability link of `role`; returns the link JSON with its token. */
export async function createLink(
  url: string,
  conceptId: string,
  ownerToken: string,
  role: Role,
  extra: { label?: string; expiresAt?: string } = {},
): Promise<{ id: string; token: string; link: string }> {
  const { status, body } = await api(url, 'POST', `/api/concepts/${conceptId}/links`, {
    token: ownerToken,
    body: { role, ...extra },
  });
  if (status !== 201) throw new Error(`link failed: ${status} ${JSON.stringify(body)}`);
  return body;
}

/** A workshop added on the server (as a moderator's verb would) and a workshop link bound to it. */
export async function createWorkshop(
  server: TestServer,
  concept: { id: string; ownerToken: string },
  input: WorkshopInput = {},
  label = 'Konferenz',
): Promise<{ workshopId: string; token: string; linkId: string; link: string }> {
  const workshopId = server.server.context.rooms.use(concept.id, (room) =>
    addWorkshop(room.doc, { title: 'Demokratiekonferenz', ...input }),
  );
  const { status, body } = await api(server.url, 'POST', `/api/concepts/${concept.id}/links`, {
    token: concept.ownerToken,
    body: { role: 'workshop', workshopId, label },
  });
  if (status !== 201) throw new Error(`workshop link failed: ${status} ${JSON.stringify(body)}`);
  return { workshopId, token: body.token, linkId: body.id, link: body.link };
}
