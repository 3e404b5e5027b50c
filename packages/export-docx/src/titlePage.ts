import { type FileChild, Paragraph, TextRun } from './body/model.ts';
import type { ExportContext } from './ExportContext.ts';
import { formatGermanDate } from './formatGermanDate.ts';
import { germanLabels } from './germanLabels.ts';
import { labelledParagraph } from './labelledParagraph.ts';
import { plainTextParagraphs } from './plainTextParagraphs.ts';

/**
 * The title page: title, territory, programme and funding period, the version shown (or the working state of
 * `now`), the status, for an adopted version the council's resolution with its Drucksache number, and the
 * concept's own title page text. Every sentence comes from the concept; none is added here.
 */
export function titlePage(ctx: ExportContext): FileChild[] {
  const { meta } = ctx.concept;
  const version = ctx.options.version ?? null;
  const programme = [meta.programme.trim(), meta.fundingPeriod && `Förderperiode ${meta.fundingPeriod}`]
    .filter(Boolean)
    .join(' · ');
  const status = version?.adopted
    ? germanLabels.conceptStatus.adopted
    : germanLabels.conceptStatus[meta.status];
  const resolution = version?.adopted ? version.resolution : null;
  return [
    new Paragraph({
      spacing: { before: 2400 },
      style: 'Title',
      children: [new TextRun(meta.title.trim() || 'Handlungskonzept')],
    }),
    new Paragraph({
      style: 'Subtitle',
      children: [new TextRun(meta.territory.trim() || 'Gebietskörperschaft nicht angegeben')],
    }),
    ...(programme ? [new Paragraph({ spacing: { after: 960 }, text: programme })] : []),
    version
      ? labelledParagraph('Fassung', `${version.name}${dated(version.createdAt)}`)
      : labelledParagraph('Arbeitsstand', formatGermanDate(ctx.options.now)),
    labelledParagraph('Status', status),
    ...(resolution
      ? [
          labelledParagraph(
            'Beschluss',
            [
              resolution.body.trim() || 'Beschlussgremium',
              dated(resolution.date, ' am '),
              drucksache(resolution.drucksache),
            ]
              .join('')
              .trim(),
          ),
        ]
      : []),
    ...(meta.titlePageText.trim()
      ? [
          new Paragraph({ spacing: { before: 480 }, children: [] }),
          ...plainTextParagraphs(meta.titlePageText),
        ]
      : []),
  ];
}

function dated(value: string, prefix = ' vom '): string {
  const date = formatGermanDate(value);
  return date ? `${prefix}${date}` : '';
}

function drucksache(number: string): string {
  return number.trim() ? ` (Drucksache ${number.trim()})` : '';
}
