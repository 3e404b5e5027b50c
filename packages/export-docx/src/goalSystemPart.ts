import {
  type ChapterJSON,
  type GoalJSON,
  type GoalNode,
  measuresOfGoal,
  SMART_FLAGS,
} from '@werkbank/concept';
import type { FileChild } from './body/model.ts';
import type { ExportContext } from './ExportContext.ts';
import { formatGermanDate } from './formatGermanDate.ts';
import { goalTitle } from './goalTitle.ts';
import { heading } from './heading.ts';
import { indicatorTable } from './indicatorTable.ts';
import { labelledParagraph } from './labelledParagraph.ts';
import { partChapter } from './partChapter.ts';
import { richTextIsEmpty } from './richTextIsEmpty.ts';
import { richTextToDocx } from './richTextToDocx.ts';

const LEVEL_HEADING = { leitziel: 2, mittlerziel: 3, handlungsziel: 4 } as const;
const SMART_LABELS: Record<(typeof SMART_FLAGS)[number], string> = {
  specific: 'spezifisch',
  measurable: 'messbar',
  achievable: 'erreichbar',
  relevant: 'relevant',
  timeBound: 'terminiert',
};

/**
 * The goal system as a numbered hierarchy: Leitziele (Heading 2), Mittlerziele (Heading 3) and Handlungsziele
 * (Heading 4), each with its description, fields of action, target date, indicators and, for Handlungsziele,
 * the SMART check and the measures serving it.
 */
export function goalSystemPart(ctx: ExportContext, intro?: ChapterJSON): FileChild[] {
  const count = (level: GoalNode<GoalJSON>['level']) => ctx.goals.filter((n) => n.level === level).length;
  const content: FileChild[] =
    ctx.goals.length === 0
      ? []
      : [
          labelledParagraph(
            'Übersicht',
            `${count('leitziel')} Leitziele, ${count('mittlerziel')} Mittlerziele und ${count('handlungsziel')} Handlungsziele.`,
          ),
          ...ctx.goals.flatMap((node) => goalBlock(node, ctx)),
        ];
  return partChapter(ctx, 'Zielsystem', intro, content, '(noch keine Ziele)');
}

function goalBlock(node: GoalNode<GoalJSON>, ctx: ExportContext): FileChild[] {
  const { goal } = node;
  const fields = goal.fieldIds.map(ctx.fieldTitle).filter(Boolean);
  const blocks: FileChild[] = [heading(goalTitle(node), LEVEL_HEADING[node.level], false)];
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
  if (node.level === 'handlungsziel') {
    const met = SMART_FLAGS.filter((flag) => goal.smart[flag]).map((flag) => SMART_LABELS[flag]);
    const open = SMART_FLAGS.filter((flag) => !goal.smart[flag]).map((flag) => SMART_LABELS[flag]);
    blocks.push(
      labelledParagraph(
        'SMART-Prüfung',
        `erfüllt: ${met.join(', ') || 'keines'}; offen: ${open.join(', ') || 'nichts'}`,
      ),
    );
    const measures = measuresOfGoal(ctx.concept.measures, goal.id);
    blocks.push(
      labelledParagraph(
        'Maßnahmen',
        measures.length > 0 ? measures.map((m) => `${m.code} ${m.title}`).join('; ') : 'noch keine',
      ),
    );
  }
  if (goal.indicators.length > 0) blocks.push(indicatorTable(goal.indicators));
  return blocks;
}
