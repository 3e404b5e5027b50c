import { request } from './request.ts';

/** Makes `phase` the concept's current phase of the process path (owner only). */
export function setPhase(conceptId: string, token: string, phase: string): Promise<{ phase: string }> {
  return request<{ phase: string }>(`/api/concepts/${encodeURIComponent(conceptId)}/phase`, {
    method: 'PUT',
    token,
    body: { phase },
  });
}
