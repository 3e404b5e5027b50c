import { goalLevelName, type MeasureJSON } from '@werkbank/concept';
import type { FileChild } from './body/model.ts';
import { costLinesText } from './costLinesText.ts';
import { type DataCell, dataTable } from './dataTable.ts';
import type { ExportContext } from './ExportContext.ts';
import { formatGermanDate } from './formatGermanDate.ts';
import { formatPeriod } from './formatPeriod.ts';
import { germanLabels } from './germanLabels.ts';
import { goalTitle } from './goalTitle.ts';
import { heading } from './heading.ts';
import { pageLayout } from './pageLayout.ts';
import { richTextIsEmpty } from './richTextIsEmpty.ts';
import { richTextToDocx } from './richTextToDocx.ts';
import { tableTextLines } from './tableTextLines.ts';

const LABEL_WEIGHT = 3;
const VALUE_WEIGHT = 8;

/**
 * The Maßnahmensteckbrief of one measure, on a page of its own: a heading "M-07 Title" and every field of the
 * measure that has a value as a row of a two-column table whose rows never split and keep together (a sheet longer than a page
 * still breaks where it has to).
 */
export function measureSheet(measure: MeasureJSON, ctx: ExportContext, newPage = true): FileChild[] {
  const valueWidth = Math.floor((pageLayout.textWidth * VALUE_WEIGHT) / (LABEL_WEIGHT + VALUE_WEIGHT)) - 216;
  const description: DataCell = richTextIsEmpty(measure.description)
    ? ''
    : richTextToDocx(measure.description, {
        headingBase: null,
        nextListInstance: ctx.nextListInstance,
        style: 'TableText',
        width: valueWidth,
      });
  const goalNodes = measure.goalIds.flatMap((id) => ctx.goalNode.get(id) ?? []);
  // Goals of one level are labelled by that level ("Handlungsziele", "Strategisches Ziel"); goals of several
  // levels by "Ziele", each with its own level.
  const depths = new Set(goalNodes.map((node) => node.depth));
  const oneLevel = depths.size === 1 ? [...depths][0] : undefined;
  const goals = goalNodes.map((node) => goalTitle(node, ctx.levels, oneLevel === undefined));
  const goalsLabel =
    oneLevel === undefined
      ? 'Ziele'
      : goalLevelName(ctx.levels, oneLevel, goals.length === 1 ? 'singular' : 'plural');
  const lines = (values: readonly string[]) => {
    const present = values.filter((v) => v.trim() !== '');
    return present.length > 0 ? tableTextLines(present) : '';
  };
  // An empty field is left out rather than printed as a fact ("einmalig", "nicht aus einem Beteiligungsformat").
  const rows: [string, DataCell][] = [
    ['Nummer', measure.code],
    ['Titel', measure.title || '–'],
    ['Handlungsfeld', ctx.fieldTitle(measure.primaryFieldId)],
    ['Weitere Handlungsfelder', lines(measure.secondaryFieldIds.map(ctx.fieldTitle))],
    [goalsLabel, lines(goals)],
    ['Themenfelder', lines(measure.phenomenonIds.map(ctx.phenomenonTitle))],
    ['Zielgruppen', lines(measure.targetGroups)],
    ['Beschreibung', description],
    ['Federführung', measure.lead.trim()],
    ['Kooperationspartner*innen', lines(measure.partners)],
    ['Zeitraum', formatPeriod({ ...measure, recurrence: '' })],
    ['Turnus', measure.recurrence.trim()],
    ['Kosten', lines(costLinesText(measure))],
    ['Finanzierung', measure.funding.trim()],
    ['Indikatoren', lines(measure.indicators.map(indicatorLine))],
    ['Priorität', measure.priority ? germanLabels.priority[measure.priority] : ''],
    ['Schlüsselmaßnahme', measure.isKeyMeasure ? 'ja' : ''],
    ['Herkunft', origin(measure, ctx)],
    ['Status', germanLabels.measureStatus[measure.status]],
  ];
  const filled = rows.filter(([, value]) => value.length > 0);
  return [
    heading(`${measure.code} ${measure.title}`.trim(), 2, false, newPage),
    dataTable(
      [
        { title: 'Merkmal', weight: LABEL_WEIGHT },
        { title: 'Angabe', weight: VALUE_WEIGHT },
      ],
      filled.map(([label, value]) => [label, value]),
      { keepTogether: true, firstColumnIsHeader: true },
    ),
  ];
}

function indicatorLine(i: MeasureJSON['indicators'][number]): string {
  const unit = i.unit ? ` ${i.unit}` : '';
  const values = i.baseline || i.target ? `: ${i.baseline || '?'} → ${i.target || '?'}${unit}` : '';
  return `${i.name || 'Indikator'}${values}${i.source ? ` (Quelle: ${i.source})` : ''}`;
}

function origin(measure: MeasureJSON, ctx: ExportContext): string {
  const workshop = ctx.concept.workshops.find((w) => w.id === measure.originWorkshopId);
  if (!workshop) return '';
  const proposal = workshop.proposals.find((p) => p.id === measure.originProposalId);
  const date = formatGermanDate(workshop.date);
  const from = `${workshop.title}${date ? ` vom ${date}` : ''}`;
  return proposal && proposal.moderation === 'visible' ? `${from}, Beitrag „${proposal.text}“` : from;
}
