import { afterAll, describe, expect, it } from 'vitest';
import { docxXml } from '../test/docxXml.ts';
import { layoutShapes } from '../test/layoutShapes.ts';
import {
  docxesToPdfTexts,
  type PdfText,
  readBackToolsAvailable,
  removeConversion,
} from '../test/libreOffice.ts';
import { wrongTocEntries } from '../test/wrongTocEntries.ts';
import { conceptToDocx } from './conceptToDocx.ts';

const available = await readBackToolsAvailable();
let conversions: PdfText[] = [];

afterAll(async () => {
  // One conversion run wrote every file into one directory.
  if (conversions[0]) await removeConversion(conversions[0]);
});

describe.skipIf(!available)('table of contents page numbers against LibreOffice', () => {
  // One LibreOffice run converts every shape (about 25 s for all), as starting it takes longer than most documents.
  it('gives every entry the page its heading is on, for every shape of concept', async () => {
    const shapes = layoutShapes();
    const files = await Promise.all(
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
});
