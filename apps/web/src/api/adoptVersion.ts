import type { VersionJSON } from '@werkbank/concept';
import { request } from './request.ts';

/** The council's resolution: body (Gremium), date `YYYY-MM-DD` and Drucksache number. */
export type Resolution = NonNullable<VersionJSON['resolution']>;

/** Marks a version as the one the council adopted, with its resolution (owner only); any other loses the mark. */
export function adoptVersion(
  conceptId: string,
  token: string,
  versionId: string,
  resolution: Resolution,
): Promise<VersionJSON> {
  const path = `/api/concepts/${encodeURIComponent(conceptId)}/versions/${encodeURIComponent(versionId)}/adopt`;
  return request<VersionJSON>(path, { method: 'POST', token, body: resolution });
}
