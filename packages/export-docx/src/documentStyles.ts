import { BorderStyle, type IStylesOptions, LineRuleType } from 'docx';
import { numberingReferences } from './numberingReferences.ts';
import { pageLayout } from './pageLayout.ts';
import { type StyleMetrics, styleMetrics } from './styleMetrics.ts';

const ACCENT = '1F3864';

// LibreOffice reads a line height without lineRule as exact, so every style names the rule.
function spacing(m: StyleMetrics) {
  return { before: m.before, after: m.after, line: m.line, lineRule: LineRuleType.AUTO };
}

function metrics(name: string): StyleMetrics {
  return styleMetrics[name] as StyleMetrics;
}

function heading(level: number) {
  const m = metrics(`Heading${level + 1}`);
  return {
    run: { font: pageLayout.font, size: m.size, bold: true, color: ACCENT },
    paragraph: {
      spacing: spacing(m),
      keepNext: true,
      keepLines: true,
      outlineLevel: level,
      ...(level < 3 ? { numbering: { reference: numberingReferences.outline, level } } : {}),
    },
  };
}

function style(
  id: string,
  name: string,
  run: Record<string, unknown> = {},
  paragraph: Record<string, unknown> = {},
) {
  const m = metrics(id);
  return {
    id,
    name,
    basedOn: 'Normal',
    next: 'Normal',
    run: { size: m.size, bold: m.bold, ...run },
    paragraph: { spacing: spacing(m), ...paragraph },
  };
}

/**
 * Word's own style ids (Heading1…5, Title, Quote, TOC…), so the document outline, the navigation pane, the table
 * of contents and screen readers see real structure; German as the language of every run.
 */
export function documentStyles(): IStylesOptions {
  return {
    default: {
      document: {
        run: { font: pageLayout.font, size: metrics('Normal').size, language: { value: 'de-DE' } },
        paragraph: { spacing: spacing(metrics('Normal')) },
      },
      title: {
        run: { font: pageLayout.font, size: metrics('Title').size, bold: true, color: ACCENT },
        paragraph: { spacing: spacing(metrics('Title')) },
      },
      heading1: heading(0),
      heading2: heading(1),
      heading3: heading(2),
      heading4: heading(3),
      heading5: { ...heading(4), run: { ...heading(4).run, italics: true } },
      listParagraph: { paragraph: { spacing: spacing(metrics('ListParagraph')) } },
    },
    paragraphStyles: [
      style('Subtitle', 'Subtitle', { color: ACCENT }),
      style('TOCHeading', 'TOC Heading', { color: ACCENT }),
      style(
        'Quote',
        'Quote',
        { italics: true, color: '404040' },
        {
          indent: { left: metrics('Quote').indent, right: metrics('Quote').indent },
          border: { left: { style: BorderStyle.SINGLE, size: 12, color: 'A6A6A6', space: 8 } },
        },
      ),
      { ...style('TableText', 'Table Text'), next: 'TableText' },
      { ...style('TableLabel', 'Table Label'), next: 'TableText' },
      style('Header', 'header', { color: '595959' }),
      style('EmptyMarker', 'Empty Marker', { italics: true, color: '767676' }),
      style('TOC1', 'toc 1'),
      style('TOC2', 'toc 2', {}, { indent: { left: metrics('TOC2').indent } }),
    ],
  };
}
