import type { z } from 'zod/mini';
import type {
  actorInputSchema,
  chapterInputSchema,
  costLineInputSchema,
  fieldOfActionInputSchema,
  goalInputSchema,
  goalPatchSchema,
  indicatorInputSchema,
  measureInputSchema,
  metaInputSchema,
  phenomenonInputSchema,
  proposalInputSchema,
  versionInputSchema,
  workshopInputSchema,
} from '../json/inputSchemas.ts';

export type MetaInput = z.input<typeof metaInputSchema>;
export type ChapterInput = z.input<typeof chapterInputSchema>;
export type FieldOfActionInput = z.input<typeof fieldOfActionInputSchema>;
export type GoalInput = z.input<typeof goalInputSchema>;
export type GoalPatch = z.input<typeof goalPatchSchema>;
export type MeasureInput = z.input<typeof measureInputSchema>;
export type ActorInput = z.input<typeof actorInputSchema>;
export type PhenomenonInput = z.input<typeof phenomenonInputSchema>;
export type WorkshopInput = z.input<typeof workshopInputSchema>;
export type ProposalInput = z.input<typeof proposalInputSchema>;
export type IndicatorInput = z.input<typeof indicatorInputSchema>;
export type CostLineInput = z.input<typeof costLineInputSchema>;
export type VersionInput = z.input<typeof versionInputSchema>;
