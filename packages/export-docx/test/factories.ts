import {
  CONCEPT_SCHEMA_VERSION,
  type ConceptJSON,
  type GoalJSON,
  type IndicatorJSON,
  type RichTextNode,
  rt,
} from '@werkbank/concept';

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

/** A goal with a title and indicators, everything else empty; `parentId` null makes it a Leitziel. */
export function goal(
  id: string,
  parentId: string | null,
  title: string,
  indicators: Omit<IndicatorJSON, 'id'>[] = [],
): GoalJSON {
  return {
    id,
    parentId,
    title,
    description: { type: 'doc', content: [{ type: 'paragraph' }] },
    fieldIds: [],
    smart: { specific: false, measurable: false, achievable: false, relevant: false, timeBound: false },
    indicators: indicators.map((indicator, i) => ({ id: `${id}-i${i + 1}`, ...indicator })),
    targetDate: '',
    isFocus: false,
    focusPeriod: '',
  };
}

const SENTENCE =
  'Die Maßnahme wird mit den Trägern vor Ort umgesetzt, jährlich ausgewertet und im Begleitausschuss vorgestellt. ';

/** `count` paragraphs of running text, "Absatz 1." to "Absatz {count}.", each five sentences long. */
export function filler(count: number): RichTextNode[] {
  return Array.from({ length: count }, (_, i) => rt.p(`Absatz ${i + 1}. ${SENTENCE.repeat(5)}`));
}

/** Rich text with a block of every kind a cell can hold: paragraphs, nested lists, a quote, a table with merged cells. */
export function everyKindOfBlock(): RichTextNode[] {
  return [
    ...filler(2),
    rt.ul('Auftakt', rt.li(rt.p('Module'), rt.p('je Quartal'), rt.ol(1, 'Planung', 'Durchführung'))),
    rt.quote(rt.p('Ein Zitat aus dem Workshop.')),
    rt.table(
      rt.tr(rt.th('Jahr'), rt.th('Schritt')),
      rt.tr(rt.td('2025', 1, 2), rt.td('Planung')),
      rt.tr(rt.td('Umsetzung')),
    ),
  ];
}
