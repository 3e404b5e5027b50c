import { afterAll, describe, expect, it } from 'vitest';
import { brokenWords, wordsOf } from '../test/brokenWords.ts';
import { docxXml, xmlText } from '../test/docxXml.ts';
import { layoutShapes } from '../test/layoutShapes.ts';
import {
  docxesToPdfTexts,
  type PdfText,
  readBackToolsAvailable,
  removeConversion,
} from '../test/libreOffice.ts';
import { headingPage, normalize, tocPageRange } from '../test/pdfChecks.ts';
import { wrongTocEntries } from '../test/wrongTocEntries.ts';
import { conceptToDocx } from './conceptToDocx.ts';

const available = await readBackToolsAvailable();
let conversions: PdfText[] = [];
let files: { name: string; bytes: Uint8Array }[] = [];

afterAll(async () => {
  // One conversion run wrote every file into one directory.
  if (conversions[0]) await removeConversion(conversions[0]);
});

describe.skipIf(!available)('table of contents page numbers against LibreOffice', () => {
  // One LibreOffice run converts every shape (about 25 s for all), as starting it takes longer than most documents.
  it('gives every entry the page its heading is on, for every shape of concept', async () => {
    const shapes = layoutShapes();
    files = await Promise.all(
      shapes.map(async ({ name, concept }) => ({
        name,
        bytes: await conceptToDocx(concept, { now: new Date(2025, 3, 1) }),
      })),
    );
    conversions = await docxesToPdfTexts(files);
    const wrong = Object.fromEntries(
      shapes.map(({ name }, i) => [
        name,
        wrongTocEntries(docxXml(files[i]?.bytes ?? new Uint8Array()), conversions[i]?.pages ?? []),
      ]),
    );
    expect(wrong).toEqual(Object.fromEntries(shapes.map(({ name }) => [name, []])));
  }, 900_000);

  it('prints no count in the wrong number, no empty field as a fact and no internal check, in any shape', () => {
    const wrongNumber =
      /(?<![\d.,])1 (Leitziele|Mittlerziele|Handlungsziele|Teilziele|Maßnahmen|Schlüsselmaßnahmen|Beiträge|Beteiligungsformate)\b/;
    const found = layoutShapes().flatMap(({ name }, i) => {
      const text = normalize((conversions[i]?.pages ?? []).join('\n'));
      const bad = [
        wrongNumber.exec(text)?.[0],
        /davon 0 /.exec(text)?.[0],
        /Turnus einmalig|nicht aus einem Beteiligungsformat|nicht beziffert|SMART|: keine\b/.exec(text)?.[0],
      ].filter(Boolean);
      return bad.length > 0 ? [`${name}: ${bad.join(', ')}`] : [];
    });
    expect(found).toEqual([]);
  });

  it('leaves no page of a goal system without descriptions nearly empty', () => {
    const sparse = ['short-goals', 'twenty-goals', 'deep-tree'].map((name) => {
      const pages = conversions[layoutShapes().findIndex((shape) => shape.name === name)]?.pages ?? [];
      const start = tocPageRange(pages)[1] + 1;
      const from = Math.max(headingPage(pages, 'Zielsystem', start), headingPage(pages, 'Ziele', start));
      const lines = pages.slice(from, -1).map((page) => page.split('\n').filter((l) => l.trim()).length);
      const full = Math.max(...lines);
      return [name, lines.filter((n) => n < full * 0.6)];
    });
    expect(sparse).toEqual(sparse.map(([name]) => [name, []]));
  });

  it('breaks no word of the measures overview in the middle without a hyphen', () => {
    const checked = ['measures-166', 'long-titles', 'many-leitziele'];
    const broken = checked.map((name) => {
      const i = layoutShapes().findIndex((shape) => shape.name === name);
      const xml = docxXml(files[i]?.bytes ?? new Uint8Array());
      const pages = conversions[i]?.pages ?? [];
      const from = headingPage(pages, 'Maßnahmenübersicht', tocPageRange(pages)[1] + 1);
      const to = headingPage(pages, 'Maßnahmensteckbriefe', from);
      expect(to).toBeGreaterThan(from);
      const words = wordsOf([
        ...xml.paragraphs.map((p) => p.text),
        xmlText(xml.header),
        ...pages.map((_, n) => `Seite ${n + 1} von ${pages.length}`),
      ]);
      return [name, brokenWords(pages.slice(from, to), words)];
    });
    expect(broken).toEqual(checked.map((name) => [name, []]));
  });
});
