import * as Y from 'yjs';
import { z } from 'zod/mini';
import { territoryTypeSchema } from '../json/conceptJsonSchema.ts';
import { lazySchema } from '../json/lazySchema.ts';
import { CURRENT_DOC_SCHEMA_VERSION } from '../migrations/migrations.ts';
import { writeGoalLevels } from '../model/goalLevelStore.ts';
import { DOC_SCHEMA_VERSION, META } from '../model/keys.ts';
import { parseInput } from '../model/parseInput.ts';
import { addChapter } from '../verbs/chapterVerbs.ts';
import { addFieldOfAction } from '../verbs/fieldOfActionVerbs.ts';
import { updateMeta } from '../verbs/metaVerbs.ts';
import { addPhenomenon } from '../verbs/phenomenonVerbs.ts';
import { type ConceptTemplate, templateSchema } from './templateSchema.ts';

/** What the person creating a concept enters. */
export const newConceptSchema = lazySchema(() =>
  z.object({
    title: z.string().check(z.trim(), z.minLength(1, 'Bitte einen Titel angeben'), z.maxLength(500)),
    territory: z
      .string()
      .check(z.trim(), z.minLength(1, 'Bitte die Gebietskörperschaft angeben'), z.maxLength(500)),
    territoryType: territoryTypeSchema,
    fundingPeriod: z.optional(z.string().check(z.maxLength(500))),
  }),
);

export type NewConcept = z.input<typeof newConceptSchema>;

/**
 * A new concept from a template: its chapters with guiding questions, its goal level names, default fields of
 * action and phenomenon areas, the first phase, the meta data entered and the current schema version. Seeded here, never through an editor.
 * @example const doc = createConceptFromTemplate(nrweltoffen, { title: 'Handlungskonzept', territory: 'Kreis Musterland', territoryType: 'kreis' });
 */
export function createConceptFromTemplate(
  template: ConceptTemplate,
  input: NewConcept,
  doc = new Y.Doc(),
): Y.Doc {
  const valid = parseInput(templateSchema, template, 'template');
  const meta = parseInput(newConceptSchema, input);
  doc.transact(() => {
    doc.getMap<unknown>(META).set(DOC_SCHEMA_VERSION, CURRENT_DOC_SCHEMA_VERSION);
    updateMeta(doc, {
      ...meta,
      fundingPeriod: meta.fundingPeriod ?? '',
      programme: valid.programme,
      phase: valid.phases[0]?.key ?? '',
      status: 'draft',
      templateId: valid.id,
      titlePageText: valid.titlePage.text,
    });
    for (const chapter of valid.chapters) {
      addChapter(doc, {
        key: chapter.key,
        title: chapter.title,
        kind: chapter.kind,
        guidingQuestions: chapter.guidingQuestions,
        status: 'empty',
      });
    }
    writeGoalLevels(doc, valid.goalLevels);
    for (const field of valid.fieldsOfAction) addFieldOfAction(doc, field);
    for (const phenomenon of valid.phenomena) addPhenomenon(doc, phenomenon);
  });
  return doc;
}
