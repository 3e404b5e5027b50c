import { z } from 'zod';

/** What a capability link lets its holder do: manage (owner), write, read, or join workshops only. */
export const roleSchema = z.enum(['owner', 'editor', 'viewer', 'workshop']);

export type Role = z.infer<typeof roleSchema>;
