import { request } from './request.ts';

/** A capability link as the owner sees it (the token is only returned once, at creation). */
export interface ShareLink {
  id: string;
  role: 'owner' | 'editor' | 'viewer' | 'workshop';
  label?: string | null;
  createdAt?: string;
  expiresAt?: string | null;
  revokedAt?: string | null;
  /** False once revoked or expired. */
  active?: boolean;
}

/** A link just created, with its token. */
export interface CreatedShareLink extends ShareLink {
  token: string;
}

/** What the owner sets for a new link. */
export interface NewShareLink {
  role: 'owner' | 'editor' | 'viewer';
  label?: string;
  expiresAt?: string;
}

function linksPath(conceptId: string): string {
  return `/api/concepts/${encodeURIComponent(conceptId)}/links`;
}

/** The concept's links (owner only). */
export async function listShareLinks(conceptId: string, token: string): Promise<ShareLink[]> {
  const body = await request<ShareLink[] | { links: ShareLink[] }>(linksPath(conceptId), { token });
  return Array.isArray(body) ? body : body.links;
}

/** Creates a link (owner only); the answer carries the token once. */
export function createShareLink(
  conceptId: string,
  token: string,
  link: NewShareLink,
): Promise<CreatedShareLink> {
  return request<CreatedShareLink>(linksPath(conceptId), { method: 'POST', token, body: link });
}

/** Revokes a link (owner only); whoever holds it loses access at once. */
export async function revokeShareLink(conceptId: string, token: string, linkId: string): Promise<void> {
  await request<unknown>(`${linksPath(conceptId)}/${encodeURIComponent(linkId)}`, {
    method: 'DELETE',
    token,
  });
}
