import { AlignmentType, BorderStyle, Header, Paragraph, TextRun } from 'docx';

/** The running header: the concept's title and territory, right-aligned above a thin rule. */
export function pageHeader(title: string, territory: string): Header {
  const text = [title.trim(), territory.trim()].filter(Boolean).join(' – ') || 'Handlungskonzept';
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
