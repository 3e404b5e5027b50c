import type { ProposalJSON, WorkshopJSON } from '@werkbank/concept';
import { type FileChild, Paragraph } from './body/model.ts';
import { bulletParagraphs } from './bulletParagraphs.ts';
import { dataTable } from './dataTable.ts';
import type { ExportContext } from './ExportContext.ts';
import { emptyMarker } from './emptyMarker.ts';
import { formatGermanDate } from './formatGermanDate.ts';
import { heading } from './heading.ts';
import { labelledParagraph } from './labelledParagraph.ts';

const TITLE = 'Anhang: Dokumentation der Beteiligung';

/**
 * The annex on participation: each workshop with date, format and number of proposals, and its proposals by
 * votes with what became of them. Hidden proposals are counted but their text is not printed; authors never are.
 */
export function participationPart(ctx: ExportContext): FileChild[] {
  const { workshops } = ctx.concept;
  if (workshops.length === 0) {
    return ctx.options.emptyChapters === 'omit'
      ? []
      : [heading(TITLE, 1, false), emptyMarker('(noch keine Beteiligungsformate)')];
  }
  const proposals = workshops.flatMap((w) => w.proposals);
  const promoted = proposals.filter((p) => p.measureId !== null && ctx.measureById.has(p.measureId)).length;
  return [
    heading(TITLE, 1, false),
    new Paragraph(
      `${workshops.length} Beteiligungsformate mit ${proposals.length} Beiträgen und ${proposals.reduce((n, p) => n + Math.max(0, rank(p)), 0)} vergebenen Punkten; ${promoted} Beiträge wurden als Maßnahme übernommen.`,
    ),
    ...workshops.flatMap((w) => workshopBlock(w, ctx)),
  ];
}

function workshopBlock(workshop: WorkshopJSON, ctx: ExportContext): FileChild[] {
  const hidden = workshop.proposals.filter((p) => p.moderation === 'hidden').length;
  const fields = workshop.fieldIds.map(ctx.fieldTitle).filter(Boolean);
  const questions = workshop.guidingQuestions.filter((q) => q.trim() !== '');
  const ranked = [...workshop.proposals].sort((a, b) => rank(b) - rank(a));
  return [
    heading(workshop.title.trim() || 'Beteiligungsformat ohne Titel', 2, false),
    labelledParagraph('Datum', formatGermanDate(workshop.date) || 'nicht angegeben'),
    labelledParagraph('Format', workshop.format || 'nicht angegeben'),
    ...(fields.length > 0 ? [labelledParagraph('Handlungsfelder', fields.join(', '))] : []),
    labelledParagraph(
      'Beiträge',
      `${workshop.proposals.length}${hidden > 0 ? ` (davon ${hidden} durch die Moderation ausgeblendet)` : ''}; Punkte je Person: ${workshop.dotsPerParticipant}`,
    ),
    ...(questions.length > 0
      ? [labelledParagraph('Leitfragen', ''), ...bulletParagraphs(questions, ctx.nextListInstance())]
      : []),
    ...(ranked.length > 0
      ? [
          dataTable(
            [
              { title: 'Nr.', weight: 5 },
              { title: 'Beitrag', weight: 40 },
              { title: 'Handlungsfeld', weight: 18 },
              { title: 'Punkte', weight: 8 },
              { title: 'Ergebnis', weight: 20 },
            ],
            ranked.map((p, i) => [
              String(i + 1),
              p.moderation === 'hidden' ? '(durch die Moderation ausgeblendet)' : p.text,
              ctx.fieldTitle(p.fieldId) || '–',
              p.moderation === 'hidden' ? '–' : String(votes(p)),
              outcome(p, ctx),
            ]),
          ),
        ]
      : [emptyMarker('Keine Beiträge erfasst.')]),
  ];
}

function votes(proposal: ProposalJSON): number {
  return Object.values(proposal.votes).reduce((n, v) => n + v, 0);
}

// Hidden proposals sink to the end whatever their votes, so the table reads as the ranking of the visible ones.
function rank(proposal: ProposalJSON): number {
  return proposal.moderation === 'hidden' ? -1 : votes(proposal);
}

function outcome(proposal: ProposalJSON, ctx: ExportContext): string {
  if (proposal.moderation === 'hidden') return 'ausgeblendet';
  if (proposal.measureId === null) return 'nicht übernommen';
  const measure = ctx.measureById.get(proposal.measureId);
  return measure ? `übernommen als ${measure.code}` : 'übernommen (Maßnahme inzwischen gelöscht)';
}
