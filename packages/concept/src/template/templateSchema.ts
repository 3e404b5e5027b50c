import { z } from 'zod/mini';
import {
  chapterKindSchema,
  goalLevelsSchema,
  measureSchema,
  territoryTypeSchema,
} from '../json/conceptJsonSchema.ts';
import { lazySchema } from '../json/lazySchema.ts';
import { AUTO_CHECKS } from '../queries/autoChecks.ts';

const text = z.string().check(z.minLength(1), z.maxLength(2_000));
const key = z
  .string()
  .check(
    z.regex(/^[a-z0-9-]+$/, 'Schlüssel aus Kleinbuchstaben, Ziffern und Bindestrichen'),
    z.maxLength(80),
  );

/** Measure fields a template can require before a measure counts as complete. */
export const requirableMeasureFields = lazySchema(() =>
  z.keyof(z.omit(measureSchema, { id: true, code: true, originWorkshopId: true, originProposalId: true })),
);

/** A declarative concept template: chapters with guiding questions, defaults, phases with checklists. */
export const templateSchema = lazySchema(() =>
  z
    .object({
      id: key,
      version: z.number().check(z.int(), z.positive()),
      name: text,
      description: text,
      programme: z.string().check(z.maxLength(200)),
      territoryTypes: z.array(territoryTypeSchema).check(z.minLength(1)),
      titlePage: z.object({ heading: text, text: z.string().check(z.maxLength(2_000)) }),
      /** The goal levels a new concept starts with, top level first (1 to 6, each singular and plural). */
      goalLevels: goalLevelsSchema,
      chapters: z
        .array(
          z.object({
            key,
            title: text,
            /** `text` (the default) or the structured part the chapter introduces: one place for each part. */
            kind: z.optional(chapterKindSchema),
            guidingQuestions: z.array(text).check(z.maxLength(30)),
            hint: z.optional(z.string().check(z.maxLength(2_000))),
            /** `false` for a chapter the concept may leave empty; every other chapter is required. */
            required: z.optional(z.boolean()),
          }),
        )
        .check(z.minLength(1)),
      fieldsOfAction: z.array(z.object({ title: text, description: z.string().check(z.maxLength(2_000)) })),
      phenomena: z.array(z.object({ title: text, description: z.string().check(z.maxLength(2_000)) })),
      requiredMeasureFields: z.array(requirableMeasureFields),
      phases: z
        .array(
          z.object({
            key,
            title: text,
            description: text,
            checklist: z
              .array(
                z.object({
                  id: key,
                  text,
                  /** A check Werkbank makes itself: the item ticks itself when it passes. */
                  check: z.optional(z.enum(AUTO_CHECKS)),
                  /** The chapters a `chapters-written` check reads, by key. */
                  chapters: z.optional(z.array(key).check(z.maxLength(50))),
                }),
              )
              .check(z.minLength(1)),
          }),
        )
        .check(z.minLength(1)),
    })
    .check(
      z.superRefine((template, ctx) => {
        const unique = (values: string[], path: string) => {
          const seen = new Set<string>();
          values.forEach((value, i) => {
            if (seen.has(value))
              ctx.addIssue({ code: 'custom', message: `doppelt: ${value}`, path: [path, i] });
            seen.add(value);
          });
        };
        unique(
          template.chapters.map((c) => c.key),
          'chapters',
        );
        const kinds = new Set<string>();
        template.chapters.forEach((chapter, i) => {
          if (!chapter.kind || chapter.kind === 'text') return;
          if (kinds.has(chapter.kind))
            ctx.addIssue({
              code: 'custom',
              message: `doppelt: ${chapter.kind}`,
              path: ['chapters', i, 'kind'],
            });
          kinds.add(chapter.kind);
        });
        unique(
          template.phases.map((p) => p.key),
          'phases',
        );
        unique(
          template.phases.flatMap((p) => p.checklist.map((item) => item.id)),
          'checklist',
        );
        const chapterKeys = new Set(template.chapters.map((c) => c.key));
        for (const item of template.phases.flatMap((p) => p.checklist)) {
          const keys = item.chapters ?? [];
          const unknown = keys.find((k) => !chapterKeys.has(k));
          if (unknown)
            ctx.addIssue({
              code: 'custom',
              message: `unbekanntes Kapitel: ${unknown}`,
              path: ['checklist', item.id],
            });
          if (item.check === 'chapters-written' && keys.length === 0)
            ctx.addIssue({
              code: 'custom',
              message: 'chapters-written braucht Kapitel',
              path: ['checklist', item.id],
            });
        }
      }),
    ),
);

export type ConceptTemplate = z.infer<typeof templateSchema>;
