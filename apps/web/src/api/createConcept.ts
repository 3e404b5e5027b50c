import type { TerritoryType } from '@werkbank/concept';
import { request } from './request.ts';

/** What the start page sends to create a concept. */
export interface CreateConceptInput {
  templateId: string;
  title: string;
  territory: string;
  territoryType: TerritoryType;
  fundingPeriod?: string;
}

/** A new concept: its id and the owner's token (shown once). */
export interface CreatedConcept {
  id: string;
  ownerToken: string;
  ownerLink?: string;
}

/** Creates a concept from a template on the server. */
export function createConcept(input: CreateConceptInput): Promise<CreatedConcept> {
  return request<CreatedConcept>('/api/concepts', { method: 'POST', body: input });
}
