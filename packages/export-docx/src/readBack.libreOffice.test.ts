import { readdir, readFile } from 'node:fs/promises';
import {
  type ConceptJSON,
  type ConceptTemplate,
  createConceptFromTemplate,
  rt,
  sampleConcept,
  toJSON,
} from '@werkbank/concept';
import { afterAll, describe, expect, it } from 'vitest';
import { docxXml } from '../test/docxXml.ts';
import { emptyConcept, everyKindOfBlock, filler } from '../test/factories.ts';
import {
  docxToPdfText,
  type PdfText,
  readBackToolsAvailable,
  removeConversion,
} from '../test/libreOffice.ts';
import { headingPage, labelLines, missingInOrder, normalize, tocPageRange } from '../test/pdfChecks.ts';
import { wrongTocEntries } from '../test/wrongTocEntries.ts';
import { conceptToDocx } from './conceptToDocx.ts';
import type { DocxExportOptionsInput } from './DocxExportOptions.ts';

const available = await readBackToolsAvailable();
const conversions: PdfText[] = [];
const templatesDir = new URL('../../../templates/', import.meta.url);

/** Exports, converts with LibreOffice and checks what every council document needs; returns the pages. */
async function exportAndRead(concept: ConceptJSON, name: string, options: DocxExportOptionsInput = {}) {
  const bytes = await conceptToDocx(concept, { now: new Date(2025, 3, 1), ...options });
  const xml = docxXml(bytes);
  const pdf = await docxToPdfText(bytes, name);
  conversions.push(pdf);
  const { pages } = pdf;
  const [, tocEnd] = tocPageRange(pages);
  const body = pages.slice(tocEnd + 1);
  const chapters = xml.paragraphs.filter((p) => p.style === 'Heading1').map((p) => p.text);
  expect(missingInOrder(body.join('\n'), chapters)).toEqual([]);
  expect(pages.join('\n')).not.toContain('\uFFFD');
  // Every table of contents entry carries the page its heading is on in LibreOffice's own layout.
  expect(wrongTocEntries(xml, pages)).toEqual([]);
  return { pages, body, xml };
}

/** The page each measure's sheet heading is on, in order. */
function sheetPages(pages: readonly string[], concept: ConceptJSON): number[] {
  let from = tocPageRange(pages)[1] + 1;
  return concept.measures.map((m) => {
    const page = headingPage(pages, `${m.code} ${m.title}`, from);
    if (page >= 0) from = page;
    return page;
  });
}

// A sheet is whole on the page of its heading when, below the heading, the first row's label and then the last
// row's label begin lines in the same column.
function wholeSheetOn(page: string | undefined, code: string | undefined): boolean {
  const text = page ?? '';
  const top = text.split('\n').findIndex((line) => line.trimStart().startsWith(`${code} `));
  const first = labelLines(text, 'Nummer').find((l) => l.line > top);
  return (
    top >= 0 &&
    labelLines(text, 'Status').some((l) => l.line > (first?.line ?? Infinity) && l.column === first?.column)
  );
}

function goalHeadings(xml: ReturnType<typeof docxXml>): string[] {
  return xml.paragraphs
    .filter((p) => /^Heading[234]$/.test(p.style) && /^(Leit|Mittler|Handlungs)ziel \d/.test(p.text))
    .map((p) => p.text);
}

afterAll(async () => {
  await Promise.all(conversions.map(removeConversion));
});

describe.skipIf(!available)('read back through LibreOffice (PDF, no field update)', () => {
  it('shows the sample concept with every heading, goal and measure in order, umlauts intact', async () => {
    const concept = sampleConcept();
    const { pages, body, xml } = await exportAndRead(concept, 'sample', {
      version: concept.versions.find((v) => v.adopted) ?? null,
    });
    const text = body.join('\n');
    expect(missingInOrder(text, goalHeadings(xml))).toEqual([]);
    expect(goalHeadings(xml)).toHaveLength(concept.goals.length);
    const sheets = text.slice(text.indexOf('Maßnahmensteckbriefe'));
    expect(
      missingInOrder(
        sheets,
        concept.measures.map((m) => `${m.code} ${m.title}`),
      ),
    ).toEqual([]);
    const words = [
      'Die Straße, in der wir wohnen',
      'Bürger*innen',
      'Öffentliche Institutionen',
      'Schlüsselmaßnahme',
    ];
    for (const word of words) expect(normalize(text)).toContain(word);
    expect(normalize(pages[0] ?? '')).toContain(
      'Beschluss: Kreistag des Kreises Musterland am 27.03.2025 (Drucksache DS 2025/041)',
    );
    expect(pages[1]).toMatch(/Inhaltsverzeichnis/);
    expect(pages[1]).toMatch(/1\s+Einleitung\.{3,}\s*\d+/);
    expect(pages.at(-1)).toMatch(new RegExp(`Seite ${pages.length} von ${pages.length}`));
  }, 300_000);

  it('shows an empty new concept: the title page alone, or every part marked', async () => {
    const omitted = await exportAndRead(emptyConcept(), 'empty');
    expect(omitted.pages).toHaveLength(1);
    expect(normalize(omitted.pages[0] ?? '')).toContain('Arbeitsstand: 01.04.2025');
    const marked = await exportAndRead(emptyConcept(), 'empty-marked', { emptyChapters: 'mark' });
    expect(normalize(marked.body.join('\n'))).toContain('Zielsystem (noch keine Ziele)');
  }, 300_000);

  it('shows the 300-measure concept with every goal and measure sheet in order and a correct table of contents', async () => {
    const concept = sampleConcept({ fields: 12, goals: 60, measures: 300 });
    const { pages, body, xml } = await exportAndRead(concept, 'big');
    const text = body.join('\n');
    expect(missingInOrder(text, goalHeadings(xml))).toEqual([]);
    const sheets = text.slice(text.indexOf('Maßnahmensteckbriefe'));
    expect(
      missingInOrder(
        sheets,
        concept.measures.map((m) => `${m.code} ${m.title}`),
      ),
    ).toEqual([]);
    const split = sheetPages(pages, concept).flatMap((page, i) => {
      const code = concept.measures[i]?.code;
      return wholeSheetOn(pages[page], code) ? [] : [code];
    });
    expect(split).toEqual([]);
  }, 900_000);

  it('moves a measure sheet that does not fit below a chapter text whole to the next page, and runs one longer than a page on from its heading', async () => {
    const concept = sampleConcept();
    concept.measures = concept.measures.slice(0, 4);
    const [rich, long] = concept.measures;
    if (!rich || !long) throw new Error('the sample has measures');
    rich.description = rt.doc(...everyKindOfBlock());
    long.description = rt.doc(...filler(16));
    concept.chapters = [
      {
        id: 'chapter-massnahmen',
        key: 'massnahmen',
        title: 'Maßnahmen',
        status: 'draft',
        guidingQuestions: [],
        body: rt.doc(...filler(2)),
      },
    ];
    const { pages } = await exportAndRead(concept, 'sheets', {
      parts: {
        vision: false,
        goals: false,
        fieldsOfAction: false,
        measuresOverview: false,
        matrix: false,
        actors: false,
        participation: false,
      },
    });
    const chapter = headingPage(pages, 'Maßnahmen', tocPageRange(pages)[1] + 1);
    const [richPage, longPage, ...rest] = sheetPages(pages, concept);
    expect(richPage).toBe(chapter + 1);
    expect(wholeSheetOn(pages[richPage ?? -1], rich.code)).toBe(true);
    expect(labelLines(pages[longPage ?? -1] ?? '', 'Nummer')).not.toEqual([]);
    const longEnd = pages.findIndex(
      (page, i) => i > (longPage ?? 0) && labelLines(page, 'Status').length > 0,
    );
    expect(longEnd - (longPage ?? 0)).toBeGreaterThanOrEqual(1);
    expect(longEnd - (longPage ?? 0)).toBeLessThanOrEqual(3);
    const paragraphs = Array.from({ length: 16 }, (_, i) => `Absatz ${i + 1}.`);
    expect(missingInOrder(pages.slice(longPage, longEnd + 1).join('\n'), paragraphs)).toEqual([]);
    expect(rest).toEqual([longEnd + 1, longEnd + 2]);
    expect(rest.every((page, i) => wholeSheetOn(pages[page], concept.measures[i + 2]?.code))).toBe(true);
    expect(pages).toHaveLength(longEnd + 3);
  }, 300_000);

  it('shows a new concept of each template with its chapters and guiding questions', async () => {
    const files = (await readdir(templatesDir)).filter((f) => f.endsWith('.json') && f !== 'package.json');
    expect(files.length).toBeGreaterThan(0);
    for (const file of files) {
      const template = JSON.parse(await readFile(new URL(file, templatesDir), 'utf8')) as ConceptTemplate;
      const concept = toJSON(
        createConceptFromTemplate(template, {
          title: 'Handlungskonzept',
          territory: 'Stadt Beispielhausen',
          territoryType: 'kreisfreie-stadt',
        }),
      );
      const { body } = await exportAndRead(concept, file.replace('.json', ''), { emptyChapters: 'mark' });
      const text = body.join('\n');
      const titles = template.chapters.map((c) => c.title);
      expect(missingInOrder(text, titles)).toEqual([]);
      expect(
        missingInOrder(
          text,
          // The fields of action of a template fill their chapter, so it shows them rather than its questions.
          template.chapters
            .filter((c) => c.key !== 'handlungsfelder')
            .flatMap((c) => c.guidingQuestions.slice(0, 1)),
        ),
      ).toEqual([]);
    }
  }, 600_000);
});
