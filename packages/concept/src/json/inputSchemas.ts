import { z } from 'zod/mini';
import {
  actorSchema,
  chapterSchema,
  costLineSchema,
  fieldOfActionSchema,
  goalSchema,
  indicatorSchema,
  measureFieldsSchema,
  metaSchema,
  phenomenonSchema,
  proposalFieldsSchema,
  resolutionSchema,
  smartSchema,
  versionSchema,
  workshopFieldsSchema,
} from './conceptJsonSchema.ts';
import { lazySchema } from './lazySchema.ts';

function strictPartial<T extends z.ZodMiniObject>(schema: T) {
  return z.strictObject(z.partial(schema).shape);
}

/** Partial, strict input schemas for the verbs: every field optional, unknown fields refused. */
export const metaInputSchema = lazySchema(() => strictPartial(metaSchema));
export const chapterInputSchema = lazySchema(() => strictPartial(z.omit(chapterSchema, { id: true })));
export const fieldOfActionInputSchema = lazySchema(() =>
  strictPartial(z.omit(fieldOfActionSchema, { id: true })),
);
// SMART flags are written one by one (a nested Y.Map), so two people ticking different flags both win.
export const goalInputSchema = lazySchema(() =>
  strictPartial(z.extend(z.omit(goalSchema, { id: true }), { smart: z.partial(smartSchema) })),
);
export const goalPatchSchema = lazySchema(() =>
  strictPartial(
    z.extend(z.omit(goalSchema, { id: true, parentId: true }), { smart: z.partial(smartSchema) }),
  ),
);
export const measureInputSchema = lazySchema(() => strictPartial(z.omit(measureFieldsSchema, { id: true })));
export const costLineInputSchema = lazySchema(() => strictPartial(z.omit(costLineSchema, { id: true })));
export const actorInputSchema = lazySchema(() => strictPartial(z.omit(actorSchema, { id: true })));
export const phenomenonInputSchema = lazySchema(() => strictPartial(z.omit(phenomenonSchema, { id: true })));
export const workshopInputSchema = lazySchema(() =>
  strictPartial(z.omit(workshopFieldsSchema, { id: true })),
);
export const proposalInputSchema = lazySchema(() =>
  strictPartial(z.omit(proposalFieldsSchema, { id: true, votes: true })),
);
export const indicatorInputSchema = lazySchema(() => strictPartial(z.omit(indicatorSchema, { id: true })));
export const versionInputSchema = lazySchema(() =>
  strictPartial(z.omit(versionSchema, { id: true, adopted: true, resolution: true })),
);
export { resolutionSchema };
