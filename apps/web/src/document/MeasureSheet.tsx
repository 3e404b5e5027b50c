import { goalLevelName, type MeasureJSON, richTextToPlain } from '@werkbank/concept';
import { useLocale, useT } from '@werkbank/editor';
import type { ReactNode } from 'react';
import { formatIsoDate } from '../versions/formatIsoDate.ts';
import type { DocumentData } from './DocumentData.ts';
import { documentAnchor } from './documentAnchor.ts';
import { formatEuro } from './formatEuro.ts';
import { formatMonthPeriod } from './formatMonthPeriod.ts';
import { goalHeadingText } from './goalHeadingText.ts';
import { RichText } from './RichText.tsx';

/** The Maßnahmensteckbrief of one measure: every field that has a value, labelled, in the Word export's order. */
export function MeasureSheet({ measure, data }: { measure: MeasureJSON; data: DocumentData }) {
  const t = useT();
  const locale = useLocale();
  const list = (values: readonly string[]): ReactNode => {
    const present = values.filter((v) => v.trim() !== '');
    if (present.length === 0) return null;
    if (present.length === 1) return present[0];
    return (
      <ul>
        {present.map((v) => (
          <li key={v}>{v}</li>
        ))}
      </ul>
    );
  };
  const goals = measure.goalIds.flatMap((id) => {
    const node = data.goalNode.get(id);
    return node ? [node] : [];
  });
  // Goals of one level are labelled by that level ("Handlungsziele"), goals of several by "Ziele", each with its
  // level, as in the Word export.
  const depths = new Set(goals.map((node) => node.depth));
  const oneLevel = depths.size === 1 ? [...depths][0] : undefined;
  const goalsLabel =
    oneLevel === undefined
      ? t('web.document.sheet.goals')
      : goalLevelName(data.levels, oneLevel, goals.length === 1 ? 'singular' : 'plural');
  const rows: [string, ReactNode][] = [
    ['code', measure.code],
    ['title', measure.title || '–'],
    ['field', data.fieldTitle(measure.primaryFieldId) || null],
    ['secondaryFields', list(measure.secondaryFieldIds.map(data.fieldTitle))],
    [
      'goals',
      goals.length === 0 ? null : (
        <ul key="goals">
          {goals.map((node) => (
            <li key={node.goal.id}>
              <a href={`#${documentAnchor({ kind: 'goal', id: node.goal.id })}`}>
                {goalHeadingText(t, node, oneLevel === undefined)}
              </a>
            </li>
          ))}
        </ul>
      ),
    ],
    ['phenomena', list(measure.phenomenonIds.map(data.phenomenonTitle))],
    ['targetGroups', list(measure.targetGroups)],
    [
      'description',
      richTextToPlain(measure.description) === '' ? null : (
        <RichText key="description" doc={measure.description} headingOffset={null} />
      ),
    ],
    ['lead', measure.lead.trim() || null],
    ['partners', list(measure.partners)],
    ['period', formatMonthPeriod(t, measure) || null],
    ['recurrence', measure.recurrence.trim() || null],
    ['costs', formatEuro(totalCosts(measure), locale) || null],
    ['funding', measure.funding.trim() || null],
    ['indicators', list(measure.indicators.map((i) => indicatorLine(t, i)))],
    ['priority', measure.priority ? t(`measure.priority.${measure.priority}`) : null],
    ['keyMeasure', measure.isKeyMeasure ? t('web.document.yes') : null],
    ['origin', origin(measure, data, locale)],
    ['status', t(`measure.status.${measure.status}`)],
  ];
  return (
    <article className="document-sheet" aria-labelledby={documentAnchor({ kind: 'measure', id: measure.id })}>
      <h3 id={documentAnchor({ kind: 'measure', id: measure.id })} tabIndex={-1}>
        {`${measure.code} ${measure.title}`.trim()}
      </h3>
      <dl>
        {rows
          .filter(([, value]) => value !== null && value !== '')
          .map(([key, value]) => (
            <div key={key} className="document-sheet-row">
              <dt>{key === 'goals' ? goalsLabel : t(`web.document.sheet.${key}`)}</dt>
              <dd>{value}</dd>
            </div>
          ))}
      </dl>
    </article>
  );
}

// Costs are moving from one amount (`costs`) to cost lines (`costLines`); the sheet shows the total of either.
function totalCosts(measure: MeasureJSON): number | null {
  const m = measure as { costs?: number | null; costLines?: readonly { amount: number }[] };
  if (m.costLines)
    return m.costLines.length > 0 ? m.costLines.reduce((sum, line) => sum + line.amount, 0) : null;
  return m.costs ?? null;
}

function indicatorLine(t: ReturnType<typeof useT>, i: MeasureJSON['indicators'][number]): string {
  const unit = i.unit ? ` ${i.unit}` : '';
  const values = i.baseline || i.target ? `: ${i.baseline || '?'} → ${i.target || '?'}${unit}` : '';
  const source = i.source ? ` (${t('web.document.sheet.source', { source: i.source })})` : '';
  return `${i.name || t('web.document.indicator.name')}${values}${source}`;
}

function origin(measure: MeasureJSON, data: DocumentData, locale: string): string | null {
  const workshop = data.concept.workshops.find((w) => w.id === measure.originWorkshopId);
  if (!workshop) return null;
  const proposal = workshop.proposals.find((p) => p.id === measure.originProposalId);
  const date = formatIsoDate(workshop.date, locale);
  const from = `${workshop.title}${date ? ` (${date})` : ''}`;
  return proposal && proposal.moderation === 'visible' ? `${from}: „${proposal.text}“` : from;
}
