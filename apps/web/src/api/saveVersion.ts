import type { VersionJSON } from '@werkbank/concept';
import { request } from './request.ts';

/** Freezes the live concept as a version named `name` (owner only); the server records it in the document. */
export function saveVersion(conceptId: string, token: string, name: string): Promise<VersionJSON> {
  return request<VersionJSON>(`/api/concepts/${encodeURIComponent(conceptId)}/versions`, {
    method: 'POST',
    token,
    body: { name },
  });
}
