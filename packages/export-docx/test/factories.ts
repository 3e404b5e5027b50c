import { CONCEPT_SCHEMA_VERSION, type ConceptJSON, type RichTextNode } from '@werkbank/concept';

/** A concept as a user gets it before writing anything: meta data only, no chapters, goals or measures. */
export function emptyConcept(overrides: Partial<ConceptJSON['meta']> = {}): ConceptJSON {
  return {
    schemaVersion: CONCEPT_SCHEMA_VERSION,
    meta: {
      title: 'Handlungskonzept gegen Rassismus',
      territory: 'Gemeinde Beispielstadt',
      territoryType: 'gemeinde',
      programme: '',
      fundingPeriod: '',
      phase: '',
      status: 'draft',
      templateId: '',
      titlePageText: '',
      ...overrides,
    },
    vision: { type: 'doc', content: [{ type: 'paragraph' }] },
    chapters: [],
    fieldsOfAction: [],
    goals: [],
    measures: [],
    actors: [],
    phenomena: [],
    workshops: [],
    versions: [],
    checklist: {},
  };
}

/** An otherwise empty concept with one chapter whose body is `content`. */
export function conceptWithChapter(content: RichTextNode[], title = 'Testkapitel'): ConceptJSON {
  return {
    ...emptyConcept(),
    chapters: [
      { id: 'c1', key: 'test', title, status: 'draft', guidingQuestions: [], body: { type: 'doc', content } },
    ],
  };
}
