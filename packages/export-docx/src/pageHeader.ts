import { AlignmentType, BorderStyle, Header, Paragraph, TextRun } from 'docx';
import { fitOneLine } from './fitOneLine.ts';
import { pageLayout } from './pageLayout.ts';
import { styleMetrics } from './styleMetrics.ts';

/** The running header: the concept's title and territory, right-aligned above a thin rule, cut to one line. */
export function pageHeader(title: string, territory: string): Header {
  const full = [title.trim(), territory.trim()].filter(Boolean).join(' – ') || 'Handlungskonzept';
  const text = fitOneLine(full, styleMetrics.Header?.size ?? 16, pageLayout.textWidth);
  return new Header({
    children: [
      new Paragraph({
        style: 'Header',
        alignment: AlignmentType.RIGHT,
        border: { bottom: { style: BorderStyle.SINGLE, size: 4, color: 'A6A6A6', space: 4 } },
        children: [new TextRun(text)],
      }),
    ],
  });
}
