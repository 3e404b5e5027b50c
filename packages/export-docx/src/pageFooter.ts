import { AlignmentType, Footer, PageNumber, Paragraph, TextRun } from 'docx';

/** The running footer "Seite X von Y", from Word's PAGE and NUMPAGES fields. */
export function pageFooter(): Footer {
  return new Footer({
    children: [
      new Paragraph({
        style: 'Header',
        alignment: AlignmentType.CENTER,
        children: [
          new TextRun({ children: ['Seite ', PageNumber.CURRENT, ' von ', PageNumber.TOTAL_PAGES] }),
        ],
      }),
    ],
  });
}
