import { request } from './request.ts';

/** A template as the start page lists it. */
export interface TemplateSummary {
  id: string;
  name: string;
  description?: string;
  programme?: string;
  territoryTypes?: string[];
}

/** The concept templates the server offers. */
export async function fetchTemplates(signal?: AbortSignal): Promise<TemplateSummary[]> {
  const body = await request<TemplateSummary[] | { templates: TemplateSummary[] }>('/api/templates', {
    ...(signal ? { signal } : {}),
  });
  return Array.isArray(body) ? body : body.templates;
}
