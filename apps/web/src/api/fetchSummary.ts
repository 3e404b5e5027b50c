import type { Role } from '../storage/RecentConcept.ts';
import { request } from './request.ts';

/** Title, territory and the caller's role in a concept. */
export interface ConceptSummary {
  id: string;
  title: string;
  territory: string;
  role: Role;
}

/** The summary of a concept as `token` sees it; rejects with a refusal when the token is not valid. */
export function fetchSummary(
  conceptId: string,
  token: string,
  signal?: AbortSignal,
): Promise<ConceptSummary> {
  return request<ConceptSummary>(`/api/concepts/${encodeURIComponent(conceptId)}/summary`, {
    token,
    ...(signal ? { signal } : {}),
  });
}
