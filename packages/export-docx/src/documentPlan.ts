import { type ChapterJSON, numberedDocumentParts, type StructuredPart } from '@werkbank/concept';
import { actorsPart } from './actorsPart.ts';
import type { FileChild } from './body/model.ts';
import { chapterSection } from './chapterSection.ts';
import type { ExportParts } from './DocxExportOptions.ts';
import type { ExportContext } from './ExportContext.ts';
import { fieldsOfActionPart } from './fieldsOfActionPart.ts';
import { goalSystemPart } from './goalSystemPart.ts';
import { matrixPart } from './matrixPart.ts';
import { measureSheetsPart } from './measureSheetsPart.ts';
import { measuresOverviewPart } from './measuresOverviewPart.ts';
import { numberHeadings } from './numberHeadings.ts';
import { participationPart } from './participationPart.ts';
import { titlePage } from './titlePage.ts';
import { tocPart } from './tocPart.ts';
import { visionPart } from './visionPart.ts';
import { workingStatePart } from './workingStatePart.ts';

type WrittenPart = Exclude<StructuredPart, 'participation'>;

// Participation has no part in the body (it is the annex): its chapter stays a chapter.
const STRUCTURED: Record<WrittenPart, (ctx: ExportContext, intro?: ChapterJSON) => FileChild[]> = {
  vision: visionPart,
  goals: goalSystemPart,
  fieldsOfAction: fieldsOfActionPart,
  measuresOverview: measuresOverviewPart,
  measureSheets: measureSheetsPart,
  matrix: matrixPart,
  actors: actorsPart,
};

function titleOnly(chapter: ChapterJSON): ChapterJSON {
  return { ...chapter, body: { type: 'doc', content: [] }, guidingQuestions: [] };
}

/** One step of building the document: which part it is, and the blocks it writes. */
export interface PlanStep {
  part: keyof ExportParts;
  build: () => FileChild[];
}

/**
 * The document in order: title page, table of contents, the chapters with the structured parts in the place of
 * the template chapters meant for them, as `numberedDocumentParts` (concept) orders and numbers them, the annex on participation and, when asked for, the one on the state of the work. Parts switched off in the options are left out.
 */
export function documentPlan(ctx: ExportContext): PlanStep[] {
  const { parts } = ctx.options;
  const steps: PlanStep[] = [];
  if (parts.titlePage) steps.push({ part: 'titlePage', build: () => titlePage(ctx) });
  if (parts.toc) steps.push({ part: 'toc', build: () => tocPart(parts.titlePage) });
  const written = (part: StructuredPart): part is WrittenPart => Object.hasOwn(STRUCTURED, part);
  // Without the chapters, the structured parts keep their chapters' places, numbers and titles, not their texts.
  const { chapters } = ctx.concept;
  for (const step of numberedDocumentParts(chapters, (part) => written(part) && parts[part])) {
    const { number } = step;
    if (step.part === 'chapter') {
      const { chapter } = step;
      if (parts.chapters)
        steps.push({ part: 'chapters', build: () => numberHeadings(chapterSection(chapter, ctx), number) });
    } else {
      const { part } = step;
      const intro = step.intro && (parts.chapters ? step.intro : titleOnly(step.intro));
      if (written(part))
        steps.push({ part, build: () => numberHeadings(STRUCTURED[part](ctx, intro), number) });
    }
  }
  if (parts.participation) steps.push({ part: 'participation', build: () => participationPart(ctx) });
  if (parts.workingState) steps.push({ part: 'workingState', build: () => workingStatePart(ctx) });
  return steps;
}
