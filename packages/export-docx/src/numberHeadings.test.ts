import {
  addChapter,
  addMeasure,
  chapterNumbers,
  type RichTextDoc,
  setVision,
  toJSON,
} from '@werkbank/concept';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { docxXml } from '../test/docxXml.ts';
import { conceptToDocx } from './conceptToDocx.ts';

const text = (t: string): RichTextDoc => ({
  type: 'doc',
  content: [{ type: 'paragraph', content: [{ type: 'text', text: t }] }],
});
const withHeading = (h: string, t: string): RichTextDoc => ({
  type: 'doc',
  content: [
    { type: 'heading', attrs: { level: 1 }, content: [{ type: 'text', text: h }] },
    { type: 'paragraph', content: [{ type: 'text', text: t }] },
  ],
});

/** The NRWeltoffen shape with an empty first chapter, which the export leaves out. */
function concept() {
  const doc = new Y.Doc();
  addChapter(doc, { key: 'auftrag', title: 'Auftrag und Beschluss' });
  addChapter(doc, { key: 'daten', title: 'Ausgangslage', body: withHeading('Daten', 'Zahlen.') });
  addChapter(doc, { key: 'leitbild', title: 'Leitbild' });
  addChapter(doc, { key: 'massnahmen', title: 'Maßnahmen', body: text('Einleitung.') });
  addChapter(doc, { key: 'akteure-netzwerk', title: 'Akteur*innen und Netzwerk', body: text('Netz.') });
  addChapter(doc, { key: 'fortschreibung', title: 'Fortschreibung', body: text('Jährlich.') });
  setVision(doc, text('Vielfalt.'));
  addMeasure(doc, { title: 'Beratung' });
  return toJSON(doc);
}

/** Each numbered Heading 1–3 as "number title", in order; unnumbered ones as "– title". */
function headings(bytes: Uint8Array): string[] {
  return docxXml(bytes)
    .paragraphs.filter((p) => /^Heading[123]$/.test(p.style))
    .map((p) => {
      const auto = !/<w:numId w:val="0"\/>/.test(p.xml);
      return `${p.number ?? (auto ? 'auto' : '–')} ${p.text}`;
    });
}

describe('the export numbers chapters as the app does', () => {
  it('gives each chapter its place among all chapters, also when an empty one is left out', async () => {
    const json = concept();
    const bytes = await conceptToDocx(json, { parts: { titlePage: false, participation: false } });
    const numbers = chapterNumbers(json.chapters);
    const actors = json.chapters.find((c) => c.key === 'akteure-netzwerk');
    expect(numbers.get(actors?.id ?? '')).toBe('5');
    expect(headings(bytes)).toEqual([
      '2 Ausgangslage',
      '2.1 Daten',
      '3 Leitbild',
      '4 Maßnahmen',
      '– Maßnahmensteckbriefe',
      '– M-01 Beratung',
      '5 Akteur*innen und Netzwerk',
      '6 Fortschreibung',
    ]);
  });

  it('lists the same numbers in the table of contents', async () => {
    const { document } = docxXml(await conceptToDocx(concept(), { parts: { titlePage: false } }));
    const toc = document.slice(0, document.indexOf('</w:sdt>'));
    const entries = [...toc.matchAll(/<w:hyperlink [^>]*>(.*?)<\/w:hyperlink>/g)].map((m) =>
      [...(m[1] ?? '').matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)]
        .map((t) => t[1])
        .slice(0, 2)
        .join(' '),
    );
    expect(entries.slice(0, 4)).toEqual(['2 Ausgangslage', '2.1 Daten', '3 Leitbild', '4 Maßnahmen']);
    expect(entries).toContain('5 Akteur*innen und Netzwerk');
  });

  it('keeps the structured parts’ numbers and titles when the chapters’ texts are left out', async () => {
    const bytes = await conceptToDocx(concept(), { parts: { titlePage: false, chapters: false } });
    const texts = docxXml(bytes).paragraphs.map((p) => p.text);
    expect(headings(bytes)).toEqual([
      '3 Leitbild',
      '4 Maßnahmen',
      '– Maßnahmensteckbriefe',
      '– M-01 Beratung',
    ]);
    expect(texts).not.toContain('Einleitung.');
  });
});
