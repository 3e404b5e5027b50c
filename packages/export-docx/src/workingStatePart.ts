import { SMART_FLAGS } from '@werkbank/concept';
import { type FileChild, Paragraph } from './body/model.ts';
import { dataTable } from './dataTable.ts';
import type { ExportContext } from './ExportContext.ts';
import { germanLabels } from './germanLabels.ts';
import { goalTitle } from './goalTitle.ts';
import { heading } from './heading.ts';

const TITLE = 'Anhang: Bearbeitungsstand';
const SMART_LABELS: Record<(typeof SMART_FLAGS)[number], string> = {
  specific: 'spezifisch',
  measurable: 'messbar',
  achievable: 'erreichbar',
  relevant: 'relevant',
  timeBound: 'terminiert',
};

/**
 * The internal state of the work, only when the export dialog asks for it: each chapter's status, the SMART
 * check of the goals measures are meant for (the deepest level the concept names, and any goal a measure serves). The council
 * document leaves it out by default.
 */
export function workingStatePart(ctx: ExportContext): FileChild[] {
  const { chapters } = ctx.concept;
  const checked = ctx.goals.filter((n) => n.level === 'handlungsziel' || ctx.coverage.direct.has(n.goal.id));
  const blocks: FileChild[] = [heading(TITLE, 1, false)];
  if (chapters.length > 0) {
    blocks.push(
      subheading('Kapitel'),
      dataTable(
        [
          { title: 'Kapitel', weight: 3 },
          { title: 'Status', weight: 1 },
        ],
        chapters.map((c) => [c.title.trim() || 'Kapitel ohne Titel', germanLabels.chapterStatus[c.status]]),
      ),
    );
  }
  if (checked.length > 0) {
    blocks.push(
      subheading('SMART-Prüfung der Ziele'),
      dataTable(
        [
          { title: 'Ziel', weight: 3 },
          { title: 'erfüllt', weight: 2 },
          { title: 'offen', weight: 2 },
        ],
        checked.map((node) => {
          const met = SMART_FLAGS.filter((flag) => node.goal.smart[flag]).map((flag) => SMART_LABELS[flag]);
          const open = SMART_FLAGS.filter((flag) => !node.goal.smart[flag]).map((flag) => SMART_LABELS[flag]);
          return [goalTitle(node, ctx.levels), met.join(', ') || '–', open.join(', ') || '–'];
        }),
      ),
    );
  }
  if (blocks.length === 1) blocks.push(new Paragraph('Noch keine Kapitel und Ziele.'));
  return blocks;
}

function subheading(text: string): FileChild {
  return heading(text, 2, false);
}
