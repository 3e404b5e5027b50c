import { Document, Footer, Header, Paragraph } from 'docx';
import { documentKeywords } from './documentKeywords.ts';
import { documentNumbering } from './documentNumbering.ts';
import { documentStyles } from './documentStyles.ts';
import type { ExportContext } from './ExportContext.ts';
import { formatGermanDate } from './formatGermanDate.ts';
import { bodyPlaceholder } from './packDocument.ts';
import { pageFooter } from './pageFooter.ts';
import { pageHeader } from './pageHeader.ts';
import { pageLayout } from './pageLayout.ts';

/**
 * The docx Document around the body: core properties, styles, lists, one A4 section whose title page has no
 * header or footer, and the placeholder `packDocument` puts the body in place of. `updateFields` makes Word
 * refresh the table of contents when the file is opened.
 */
export function assembleDocument(ctx: ExportContext): Document {
  const { meta } = ctx.concept;
  const version = ctx.options.version;
  return new Document({
    title: meta.title,
    subject: [meta.programme, meta.territory].filter(Boolean).join(' – ') || 'Handlungskonzept',
    creator: meta.territory || 'Werkbank',
    lastModifiedBy: 'Werkbank',
    keywords: documentKeywords(ctx.concept),
    description: version
      ? `Fassung ${version.name}`
      : `Arbeitsstand vom ${formatGermanDate(ctx.options.now)}`,
    features: { updateFields: true },
    hyphenation: { autoHyphenation: true, doNotHyphenateCaps: true },
    styles: documentStyles(),
    numbering: documentNumbering(),
    sections: [
      {
        properties: {
          titlePage: ctx.options.parts.titlePage,
          page: {
            size: { width: pageLayout.width, height: pageLayout.height },
            margin: pageLayout.margin,
          },
        },
        headers: {
          default: pageHeader(meta.title, meta.territory),
          first: new Header({ children: [new Paragraph({ children: [] })] }),
        },
        footers: {
          default: pageFooter(),
          first: new Footer({ children: [new Paragraph({ children: [] })] }),
        },
        children: [bodyPlaceholder()],
      },
    ],
  });
}
