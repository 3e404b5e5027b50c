import { writeFileSync } from 'node:fs';
import { AlignmentType, Document, Footer, Header, HeadingLevel, LevelFormat, Packer, PageNumber, Paragraph, TableOfContents, TextRun } from 'docx';
import { estimatePageNumbers, estimatePageNumbersWith } from 'docx/layout';
const fast = estimatePageNumbersWith({ measureWidth: (t, f) => t.length * f.size * 0.5 });

const font = process.argv[2] ?? 'Arial';
const children: (Paragraph | TableOfContents)[] = [
  new Paragraph({ text: 'Inhaltsverzeichnis', style: 'TOCHeading' }),
  new TableOfContents('Inhaltsverzeichnis', { hyperlink: true, headingStyleRange: '1-3' }),
];
for (let c = 1; c <= Number(process.env.CH ?? 8); c++) {
  children.push(new Paragraph({ text: `Kapitel Übersicht ${c} – Größe`, heading: HeadingLevel.HEADING_1, numbering: { reference: 'outline', level: 0 }, pageBreakBefore: c > 1 }));
  for (let s = 1; s <= 3; s++) {
    children.push(new Paragraph({ text: `Abschnitt ${c}.${s} Straße`, heading: HeadingLevel.HEADING_2, numbering: { reference: 'outline', level: 1 } }));
    for (let p = 0; p < 8; p++) children.push(new Paragraph({ children: [new TextRun('Lorem ipsum dolor sit amet, consectetur adipiscing elit, sed do eiusmod tempor incididunt ut labore et dolore magna aliqua. Ut enim ad minim veniam, quis nostrud exercitation ullamco laboris nisi ut aliquip ex ea commodo consequat.')] }));
  }
}
for (let i = 0; i < 3; i++) {
const t0 = performance.now();
const doc = new Document({
  title: 'Test', creator: 'Werkbank',
  features: { updateFields: process.argv[3] === 'update' },
  pageNumbers: process.env.NOEST ? undefined : process.env.FAST ? fast : estimatePageNumbers,
  styles: { default: { document: { run: { font, size: 22, language: { value: 'de-DE' } } } } },
  numbering: { config: [{ reference: 'outline', levels: [
    { level: 0, format: LevelFormat.DECIMAL, text: '%1', alignment: AlignmentType.LEFT, style: { paragraph: { indent: { left: 567, hanging: 567 } } } },
    { level: 1, format: LevelFormat.DECIMAL, text: '%1.%2', alignment: AlignmentType.LEFT, style: { paragraph: { indent: { left: 709, hanging: 709 } } } },
  ] }] },
  sections: [{
    headers: { default: new Header({ children: [new Paragraph('Kopf')] }) },
    footers: { default: new Footer({ children: [new Paragraph({ alignment: AlignmentType.RIGHT, children: [new TextRun({ children: ['Seite ', PageNumber.CURRENT, ' von ', PageNumber.TOTAL_PAGES] })] })] }) },
    children }],
});
const buf = await Packer.toBuffer(doc);
console.log("ms", performance.now() - t0);
if (i === 2) writeFileSync(`out-${font.replace(/ /g, "")}.docx`, buf);
}
