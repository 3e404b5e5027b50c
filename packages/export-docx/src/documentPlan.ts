import type { ChapterJSON } from '@werkbank/concept';
import type { FileChild } from './body/model.ts';
import { chapterSection } from './chapterSection.ts';
import type { ExportParts } from './DocxExportOptions.ts';
import type { ExportContext } from './ExportContext.ts';
import { fieldsOfActionPart } from './fieldsOfActionPart.ts';
import { goalSystemPart } from './goalSystemPart.ts';
import { matrixPart } from './matrixPart.ts';
import { measureSheetsPart } from './measureSheetsPart.ts';
import { measuresOverviewPart } from './measuresOverviewPart.ts';
import { participationPart } from './participationPart.ts';
import { titlePage } from './titlePage.ts';
import { tocPart } from './tocPart.ts';
import { visionPart } from './visionPart.ts';
import { workingStatePart } from './workingStatePart.ts';

type StructuredPart = 'vision' | 'goals' | 'fieldsOfAction' | 'measuresOverview' | 'measureSheets' | 'matrix';

const STRUCTURED: Record<StructuredPart, (ctx: ExportContext, intro?: ChapterJSON) => FileChild[]> = {
  vision: visionPart,
  goals: goalSystemPart,
  fieldsOfAction: fieldsOfActionPart,
  measuresOverview: measuresOverviewPart,
  measureSheets: measureSheetsPart,
  matrix: matrixPart,
};

/** Template chapter keys whose chapter the structured parts take the place of; the first part opens with its text. */
const ANCHORS: Record<string, StructuredPart[]> = {
  leitbild: ['vision'],
  ziele: ['goals'],
  handlungsfelder: ['fieldsOfAction'],
  massnahmen: ['measuresOverview', 'measureSheets', 'matrix'],
};

/** One step of building the document: which part it is, and the blocks it writes. */
export interface PlanStep {
  part: keyof ExportParts;
  build: () => FileChild[];
}

/**
 * The document in order: title page, table of contents, the chapters with the structured parts in the place of
 * the template chapters meant for them (Leitbild, Ziele, Handlungsfelder, Maßnahmen), each structured part no
 * chapter asks for just before the first later part a chapter places (else after the chapters), the annex on participation and, when asked for, the one on the state of the work. Parts switched off in the options are left out.
 */
export function documentPlan(ctx: ExportContext): PlanStep[] {
  const { parts } = ctx.options;
  const steps: PlanStep[] = [];
  const placed = new Set<StructuredPart>();
  if (parts.titlePage) steps.push({ part: 'titlePage', build: () => titlePage(ctx) });
  if (parts.toc) steps.push({ part: 'toc', build: () => tocPart(parts.titlePage) });
  const chapters = parts.chapters ? ctx.concept.chapters : [];
  const anchoredSomewhere = new Set(chapters.flatMap((c) => ANCHORS[c.key] ?? []));
  const order = Object.keys(STRUCTURED) as StructuredPart[];
  for (const chapter of chapters) {
    const anchored = (ANCHORS[chapter.key] ?? []).filter((part) => parts[part] && !placed.has(part));
    if (anchored.length === 0) {
      steps.push({ part: 'chapters', build: () => chapterSection(chapter, ctx) });
      continue;
    }
    // A part no chapter asks for comes before the parts that follow it ("Leitbild" before "Ziele"), not at the end.
    const first = order.indexOf(anchored[0] as StructuredPart);
    for (const part of order.slice(0, first)) {
      if (!parts[part] || placed.has(part) || anchoredSomewhere.has(part)) continue;
      placed.add(part);
      steps.push({ part, build: () => STRUCTURED[part](ctx) });
    }
    anchored.forEach((part, index) => {
      placed.add(part);
      steps.push({ part, build: () => STRUCTURED[part](ctx, index === 0 ? chapter : undefined) });
    });
  }
  for (const part of order) {
    if (parts[part] && !placed.has(part)) steps.push({ part, build: () => STRUCTURED[part](ctx) });
  }
  if (parts.participation) steps.push({ part: 'participation', build: () => participationPart(ctx) });
  if (parts.workingState) steps.push({ part: 'workingState', build: () => workingStatePart(ctx) });
  return steps;
}
