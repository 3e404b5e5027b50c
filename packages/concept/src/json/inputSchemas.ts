import {
  actorSchema,
  chapterSchema,
  fieldOfActionSchema,
  goalSchema,
  indicatorSchema,
  measureSchema,
  metaSchema,
  phenomenonSchema,
  proposalSchema,
  resolutionSchema,
  smartSchema,
  versionSchema,
  workshopSchema,
} from './conceptJsonSchema.ts';

/** Partial, strict input schemas for the verbs: every field optional, unknown fields refused. */
export const metaInputSchema = metaSchema.partial().strict();
export const chapterInputSchema = chapterSchema.omit({ id: true }).partial().strict();
export const fieldOfActionInputSchema = fieldOfActionSchema.omit({ id: true }).partial().strict();
// SMART flags are written one by one (a nested Y.Map), so two people ticking different flags both win.
export const goalInputSchema = goalSchema
  .omit({ id: true })
  .extend({ smart: smartSchema.partial() })
  .partial()
  .strict();
export const goalPatchSchema = goalSchema
  .omit({ id: true, parentId: true })
  .extend({ smart: smartSchema.partial() })
  .partial()
  .strict();
export const measureInputSchema = measureSchema.omit({ id: true }).partial().strict();
export const actorInputSchema = actorSchema.omit({ id: true }).partial().strict();
export const phenomenonInputSchema = phenomenonSchema.omit({ id: true }).partial().strict();
export const workshopInputSchema = workshopSchema.omit({ id: true, proposals: true }).partial().strict();
export const proposalInputSchema = proposalSchema.omit({ id: true, votes: true }).partial().strict();
export const indicatorInputSchema = indicatorSchema.omit({ id: true }).partial().strict();
export const versionInputSchema = versionSchema
  .omit({ id: true, adopted: true, resolution: true })
  .partial()
  .strict();
export { resolutionSchema };
