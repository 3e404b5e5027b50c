import { type ProposalJSON, type WorkshopJSON, workshopStats } from '@werkbank/concept';
import { type FileChild, Paragraph } from './body/model.ts';
import { bulletParagraphs } from './bulletParagraphs.ts';
import { countPhrase } from './countPhrase.ts';
import { dataTable } from './dataTable.ts';
import type { ExportContext } from './ExportContext.ts';
import { emptyMarker } from './emptyMarker.ts';
import { formatGermanDate } from './formatGermanDate.ts';
import { heading } from './heading.ts';
import { labelledParagraph } from './labelledParagraph.ts';
import { proposalOutcomeText } from './proposalOutcomeText.ts';

const TITLE = 'Anhang: Dokumentation der Beteiligung';

/** Released proposals that are not merged into another: the rows of a workshop's table. */
function listed(workshop: WorkshopJSON): ProposalJSON[] {
  return workshop.proposals.filter((p) => p.moderation === 'visible' && p.mergedInto === null);
}

/**
 * The annex on participation: each workshop with date, place, format, participants and proposals, and its
 * released proposals by votes with what became of them. Hidden and never released proposals are left out (only
 * counted), names and participant ids never appear.
 */
export function participationPart(ctx: ExportContext): FileChild[] {
  const { workshops } = ctx.concept;
  if (workshops.length === 0) {
    return ctx.options.emptyChapters === 'omit'
      ? []
      : [heading(TITLE, 1, false), emptyMarker('(noch keine Beteiligungsformate)')];
  }
  const stats = workshops.map((w) => workshopStats(w.proposals));
  const proposals = stats.reduce((n, s) => n + s.proposals, 0);
  const dots = stats.reduce((n, s) => n + s.dots, 0);
  const promoted = workshops
    .flatMap(listed)
    .filter(
      (p) => p.measureId !== null && p.outcome !== 'incorporated' && ctx.measureById.has(p.measureId),
    ).length;
  const parts = [
    `${countPhrase(workshops.length, 'Beteiligungsformat', 'Beteiligungsformate', 'Ein')} ${proposals > 0 ? `mit ${countPhrase(proposals, 'Beitrag', 'Beiträgen', 'einem')}` : 'noch ohne freigegebene Beiträge'}`,
    dots > 0 ? `${countPhrase(dots, 'vergebenen Punkt', 'vergebenen Punkten', 'einem')}` : '',
  ].filter(Boolean);
  const summary = `${parts.join(' und ')}${promoted > 0 ? `; ${promoted === 1 ? 'ein Beitrag wurde' : `${countPhrase(promoted, 'Beitrag', 'Beiträge')} wurden`} als Maßnahme übernommen` : ''}.`;
  return [
    heading(TITLE, 1, false),
    new Paragraph(summary),
    ...workshops.flatMap((w) => workshopBlock(w, ctx)),
  ];
}

function workshopBlock(workshop: WorkshopJSON, ctx: ExportContext): FileChild[] {
  const stats = workshopStats(workshop.proposals);
  const fields = workshop.fieldIds.map(ctx.fieldTitle).filter(Boolean);
  const questions = workshop.guidingQuestions.filter((q) => q.trim() !== '');
  const dots = (p: ProposalJSON) =>
    votes(p) +
    workshop.proposals
      .filter((m) => m.mergedInto === p.id && m.moderation !== 'hidden')
      .reduce((n, m) => n + votes(m), 0);
  const rows = listed(workshop).sort((a, b) => dots(b) - dots(a));
  const left = [
    stats.hidden > 0 ? `; von der Moderation ausgeblendet: ${stats.hidden}` : '',
    stats.pending > 0 ? `; nicht freigegeben: ${stats.pending}` : '',
  ].join('');
  const place = workshop.online ? 'online' : workshop.place.trim();
  return [
    heading(workshop.title.trim() || 'Beteiligungsformat ohne Titel', 2, false),
    labelledParagraph('Datum', formatGermanDate(workshop.date) || 'nicht angegeben'),
    ...(place ? [labelledParagraph('Ort', place)] : []),
    labelledParagraph('Format', workshop.format || 'nicht angegeben'),
    ...(fields.length > 0 ? [labelledParagraph('Handlungsfelder', fields.join(', '))] : []),
    ...(stats.participants > 0 ? [labelledParagraph('Teilnehmende', String(stats.participants))] : []),
    labelledParagraph(
      'Beiträge',
      `${stats.proposals}${left}; Punkte je Person: ${workshop.dotsPerParticipant}`,
    ),
    ...(questions.length > 0
      ? [labelledParagraph('Leitfragen', ''), ...bulletParagraphs(questions, ctx.nextListInstance())]
      : []),
    ...(rows.length > 0
      ? [
          dataTable(
            [
              { title: 'Nr.', weight: 5 },
              { title: 'Beitrag', weight: 40 },
              { title: 'Handlungsfeld', weight: 18 },
              { title: 'Punkte', weight: 8 },
              { title: 'Ergebnis', weight: 20 },
            ],
            rows.map((p, i) => [
              String(i + 1),
              withMerged(p, workshop),
              ctx.fieldTitle(p.fieldId) || '–',
              String(dots(p)),
              proposalOutcomeText(p, ctx),
            ]),
          ),
        ]
      : [emptyMarker('Keine freigegebenen Beiträge.')]),
  ];
}

function withMerged(proposal: ProposalJSON, workshop: WorkshopJSON): string {
  const merged = workshop.proposals
    .filter((p) => p.mergedInto === proposal.id && p.moderation !== 'hidden')
    .map((p) => `„${p.text}“`);
  return merged.length > 0 ? `${proposal.text} (zusammengeführt mit ${merged.join(', ')})` : proposal.text;
}

function votes(proposal: ProposalJSON): number {
  return Object.values(proposal.votes).reduce((n, v) => n + v, 0);
}
