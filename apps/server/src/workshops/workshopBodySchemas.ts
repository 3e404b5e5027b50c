import { z } from 'zod';
import type { WorkshopLimits } from './WorkshopLimits.ts';

const clientId = z.string().regex(/^[A-Za-z0-9_-]{8,64}$/, '8–64 Zeichen aus A–Z, a–z, 0–9, _ und -');

/** The bodies of the participant routes, with the configured lengths. */
export function workshopBodySchemas(limits: WorkshopLimits) {
  const text = z.string().trim().min(1, 'Bitte geben Sie einen Text ein').max(limits.maxTextLength);
  const fieldId = z.string().max(64).nullable().optional();
  const targetGroup = z.string().trim().max(limits.maxTargetGroupLength).optional();
  return {
    proposal: z.strictObject({
      submissionId: clientId,
      text,
      fieldId,
      targetGroup,
      displayName: z.string().trim().max(limits.maxDisplayNameLength).optional(),
    }),
    edit: z.strictObject({ text: text.optional(), fieldId, targetGroup }),
    votes: z.strictObject({
      votes: z.record(z.string().max(64), z.number().int().min(0).max(50)),
    }),
    query: z.strictObject({ token: z.string().optional(), participant: z.string().optional() }),
  };
}
