import { request } from './request.ts';
import type { CreatedShareLink, ShareLink } from './shareLinks.ts';
import { listShareLinks } from './shareLinks.ts';

/** A participant link of one workshop, as the owner sees it. */
export interface WorkshopLink extends ShareLink {
  workshopId: string | null;
}

/** A workshop link just created, with its token and the address to hand out. */
export interface CreatedWorkshopLink extends CreatedShareLink {
  workshopId: string | null;
  link?: string;
}

/** Creates a participant link bound to one workshop (owner only); the answer carries the token once. */
export function createWorkshopLink(
  conceptId: string,
  token: string,
  workshop: { workshopId: string; label: string },
): Promise<CreatedWorkshopLink> {
  return request<CreatedWorkshopLink>(`/api/concepts/${encodeURIComponent(conceptId)}/links`, {
    method: 'POST',
    token,
    body: { role: 'workshop', ...workshop },
  });
}

/** The live participant links of one workshop (owner only). */
export async function listWorkshopLinks(
  conceptId: string,
  token: string,
  workshopId: string,
): Promise<WorkshopLink[]> {
  const links = (await listShareLinks(conceptId, token)) as WorkshopLink[];
  return links.filter((l) => l.role === 'workshop' && l.workshopId === workshopId && l.active !== false);
}
