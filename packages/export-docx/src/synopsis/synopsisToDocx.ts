import { type ConceptComparison, describeComparison, type EntityChange } from '@werkbank/concept';
import { Document, Packer, PageOrientation, Paragraph, TextRun } from 'docx';
import { documentNumbering } from '../documentNumbering.ts';
import { documentStyles } from '../documentStyles.ts';
import { formatGermanDate } from '../formatGermanDate.ts';
import { metaInWords } from './metaInWords.ts';
import type { SynopsisOptions } from './SynopsisOptions.ts';
import { sectionTitles } from './synopsisLabels.ts';
import { synopsisPage } from './synopsisPage.ts';
import { synopsisTable } from './synopsisTable.ts';

function heading(text: string): Paragraph {
  return new Paragraph({ style: 'Heading1', children: [new TextRun(text)] });
}

function text(value: string, options: { bold?: boolean; italics?: boolean } = {}): Paragraph {
  return new Paragraph({ children: [new TextRun({ text: value, ...options })] });
}

/**
 * The comparison as a Word Synopse for the council: title, the two states and the date, the summary, then per
 * section (Angaben zum Konzept, Leitbild, Kapitel, Handlungsfelder, Ziele, Maßnahmen, Akteure) a two-column table,
 * old left and new right, deletions struck through and insertions underlined, moves and formatting changes said in
 * words. A4 landscape, German.
 * @example const bytes = await synopsisToDocx(compareConcepts(adopted, draft), { title, fromName: 'Beschluss 2025', toName: 'Entwurf' });
 */
export async function synopsisToDocx(
  comparison: ConceptComparison,
  options: SynopsisOptions,
): Promise<Uint8Array> {
  const { fromName, toName } = options;
  const now = options.now ?? new Date();
  const summary = describeComparison(comparison);
  const children: (Paragraph | ReturnType<typeof synopsisTable>)[] = [
    new Paragraph({ style: 'Title', children: [new TextRun(`Synopse: ${options.title}`)] }),
    ...(options.territory
      ? [new Paragraph({ style: 'Subtitle', children: [new TextRun(options.territory)] })]
      : []),
    text(`Bisherige Fassung (links): ${fromName}`),
    text(`Neue Fassung (rechts): ${toName}`),
    text(`Stand: ${formatGermanDate(now)}`),
    text('Gelöschter Text ist durchgestrichen, eingefügter Text unterstrichen und fett.', { italics: true }),
    heading('Zusammenfassung'),
    ...(summary.length ? summary.map((line) => text(line)) : [text('Keine Unterschiede.')]),
  ];
  if (comparison.meta.length > 0) {
    const details: EntityChange = {
      kind: 'chapter',
      id: 'meta',
      change: 'changed',
      title: 'Angaben zum Konzept',
      fields: comparison.meta.map((field) => metaInWords(field, options.phaseTitle)),
    };
    children.push(heading('Angaben zum Konzept'), synopsisTable([details], fromName, toName));
  }
  if (comparison.vision) {
    const vision: EntityChange = {
      kind: 'chapter',
      id: 'vision',
      change: 'changed',
      title: 'Leitbild',
      fields: [comparison.vision],
    };
    children.push(heading('Leitbild'), synopsisTable([vision], fromName, toName));
  }
  const sections: [keyof typeof sectionTitles, readonly EntityChange[]][] = [
    ['chapter', comparison.chapters],
    ['fieldOfAction', comparison.fieldsOfAction],
    ['goal', comparison.goals],
    ['measure', comparison.measures],
    ['actor', comparison.actors],
  ];
  for (const [kind, changes] of sections) {
    if (changes.length > 0)
      children.push(heading(sectionTitles[kind]), synopsisTable(changes, fromName, toName));
  }
  const document = new Document({
    title: `Synopse: ${options.title}`,
    subject: `${fromName} – ${toName}`,
    creator: options.territory || 'Werkbank',
    lastModifiedBy: 'Werkbank',
    styles: documentStyles(),
    numbering: documentNumbering(),
    sections: [
      {
        properties: {
          page: {
            // docx swaps width and height for landscape itself.
            size: {
              width: synopsisPage.height,
              height: synopsisPage.width,
              orientation: PageOrientation.LANDSCAPE,
            },
            margin: synopsisPage.margin,
          },
        },
        children,
      },
    ],
  });
  return Packer.pack(document, 'uint8array');
}
