import type { ConceptJSON } from '@werkbank/concept';
import { request } from './request.ts';

/** The frozen Concept JSON of a saved version, as the server stored it when the version was saved. */
export function fetchVersionConcept(
  conceptId: string,
  token: string,
  versionId: string,
  signal?: AbortSignal,
): Promise<ConceptJSON> {
  const path = `/api/concepts/${encodeURIComponent(conceptId)}/versions/${encodeURIComponent(versionId)}`;
  return request<ConceptJSON>(path, { token, ...(signal ? { signal } : {}) });
}
