import { type ChapterJSON, type GoalJSON, type GoalNode, goalLevelName } from '@werkbank/concept';
import { type FileChild, Paragraph } from './body/model.ts';
import { countList } from './countList.ts';
import type { ExportContext } from './ExportContext.ts';
import { formatGermanDate } from './formatGermanDate.ts';
import { goalTitle } from './goalTitle.ts';
import { heading } from './heading.ts';
import { indicatorTable } from './indicatorTable.ts';
import { labelledParagraph } from './labelledParagraph.ts';
import { partChapter } from './partChapter.ts';
import { richTextIsEmpty } from './richTextIsEmpty.ts';
import { richTextToDocx } from './richTextToDocx.ts';

// Levels below the third share Heading 5 and step in by this much per level.
const DEEP_INDENT = 284;

/**
 * The goal system as a numbered hierarchy, each goal headed by its level as the concept names it: the first
 * level in Heading 2, the second in Heading 3, the third in Heading 4, and any deeper level (up to six) in Heading
 * 5, indented per level. Each goal has its description, fields of action, target date, indicators and the
 * measures linked to it. Internal checks (SMART) stay out: they belong to the "Bearbeitungsstand" annex.
 */
export function goalSystemPart(ctx: ExportContext, intro?: ChapterJSON): FileChild[] {
  const depth = Math.max(-1, ...ctx.goals.map((n) => n.depth));
  const overview = countList(
    Array.from({ length: depth + 1 }, (_, d) => ({
      count: ctx.goals.filter((n) => n.depth === d).length,
      singular: goalLevelName(ctx.levels, d),
      plural: goalLevelName(ctx.levels, d, 'plural'),
    })),
  );
  const content: FileChild[] =
    ctx.goals.length === 0
      ? []
      : [
          labelledParagraph('Übersicht', `${overview}.`),
          ...ctx.goals.flatMap((node, i) => goalBlock(node, ctx, ctx.goals[i + 1])),
        ];
  return partChapter(ctx, 'Zielsystem', intro, content, '(noch keine Ziele)');
}

function goalHeading(node: GoalNode<GoalJSON>, ctx: ExportContext): FileChild {
  const text = goalTitle(node, ctx.levels);
  if (node.depth < 3) return heading(text, (node.depth + 2) as 2 | 3 | 4, false);
  return heading(text, 5, false, false, (node.depth - 3) * DEEP_INDENT || undefined);
}

function goalBlock(
  node: GoalNode<GoalJSON>,
  ctx: ExportContext,
  next: GoalNode<GoalJSON> | undefined,
): FileChild[] {
  const { goal } = node;
  const fields = goal.fieldIds.map(ctx.fieldTitle).filter(Boolean);
  const blocks: FileChild[] = [goalHeading(node, ctx)];
  if (!richTextIsEmpty(goal.description)) {
    blocks.push(
      ...richTextToDocx(goal.description, { headingBase: null, nextListInstance: ctx.nextListInstance }),
    );
  }
  if (fields.length > 0) blocks.push(labelledParagraph('Handlungsfelder', fields.join(', ')));
  if (goal.targetDate) blocks.push(labelledParagraph('Zieldatum', formatGermanDate(goal.targetDate)));
  if (goal.isFocus) {
    blocks.push(
      labelledParagraph('Schwerpunktziel', goal.focusPeriod ? `Förderperiode ${goal.focusPeriod}` : 'ja'),
    );
  }
  const measures = ctx.coverage.direct.get(goal.id) ?? [];
  if (measures.length > 0) {
    blocks.push(labelledParagraph('Maßnahmen', measures.map((m) => `${m.code} ${m.title}`).join('; ')));
  }
  if (goal.indicators.length > 0) blocks.push(indicatorTable(goal.indicators));
  // A heading with nothing under it keeps only with a subgoal's heading: goals without descriptions would
  // otherwise chain every heading of the tree together, and the chain would leave pages nearly empty.
  const [first] = blocks;
  if (blocks.length === 1 && first instanceof Paragraph && !(next && next.depth > node.depth)) {
    first.options.keepNext = false;
  }
  return blocks;
}
