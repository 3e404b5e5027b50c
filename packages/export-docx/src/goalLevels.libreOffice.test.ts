import { type ConceptJSON, sampleConcept } from '@werkbank/concept';
import { afterAll, describe, expect, it } from 'vitest';
import { docxXml } from '../test/docxXml.ts';
import { emptyConcept, goal } from '../test/factories.ts';
import {
  docxesToPdfTexts,
  type PdfText,
  readBackToolsAvailable,
  removeConversion,
} from '../test/libreOffice.ts';
import { missingInOrder, normalize } from '../test/pdfChecks.ts';
import { conceptToDocx } from './conceptToDocx.ts';

const available = await readBackToolsAvailable();
const conversions: PdfText[] = [];
afterAll(async () => {
  await Promise.all(conversions.map(removeConversion));
});

const [base] = sampleConcept().measures;
if (!base) throw new Error('the sample has measures');
const measure = (id: string, code: string, goalIds: string[]) => ({
  ...base,
  id,
  code,
  title: `Maßnahme ${code}`,
  goalIds,
  primaryFieldId: null,
  secondaryFieldIds: [],
  phenomenonIds: [],
  originWorkshopId: null,
  originProposalId: null,
});

/** Two levels: Strategische Ziele and Handlungsziele, measures linked to the second. */
function strategic(): ConceptJSON {
  return {
    ...emptyConcept(),
    goalLevels: [
      { singular: 'Strategisches Ziel', plural: 'Strategische Ziele' },
      { singular: 'Handlungsziel', plural: 'Handlungsziele' },
    ],
    goals: [
      goal('s1', null, 'Teilhabe ist selbstverständlich'),
      goal('h1', 's1', 'Vereine haben Ansprechpersonen'),
      goal('h2', 's1', 'Schulen kennen Beratungsangebote'),
    ],
    measures: [measure('m1', 'M-01', ['h1', 'h2'])],
  };
}

/** Five levels with names of their own, a measure linked to the fourth. */
function fiveLevels(): ConceptJSON {
  return {
    ...emptyConcept(),
    goalLevels: [
      { singular: 'Leitziel', plural: 'Leitziele' },
      { singular: 'Teilziel', plural: 'Teilziele' },
      { singular: 'Maßnahmenziel', plural: 'Maßnahmenziele' },
      { singular: 'Wirkungsziel', plural: 'Wirkungsziele' },
      { singular: 'Meilenstein', plural: 'Meilensteine' },
    ],
    goals: [
      goal('a', null, 'Eins'),
      goal('b', 'a', 'Zwei'),
      goal('c', 'b', 'Drei'),
      goal('d', 'c', 'Vier'),
      goal('e', 'd', 'Fünf'),
      goal('d2', 'c', 'Vier b'),
    ],
    measures: [measure('m1', 'M-01', ['d'])],
  };
}

describe.skipIf(!available)('goal level names read back through LibreOffice', () => {
  it('prints the concept’s level names in headings, counts, the measure sheet and the matrix', async () => {
    const files = await Promise.all(
      [
        { name: 'zwei-ebenen', concept: strategic() },
        { name: 'fuenf-ebenen', concept: fiveLevels() },
      ].map(async ({ name, concept }) => ({
        name,
        bytes: await conceptToDocx(concept, { now: new Date(2025, 3, 1) }),
      })),
    );
    const [two, five] = await docxesToPdfTexts(files);
    if (!two || !five) throw new Error('both documents converted');
    conversions.push(two, five);

    const twoText = normalize(two.pages.join('\n'));
    expect(
      missingInOrder(twoText, [
        'Übersicht: 1 Strategisches Ziel und 2 Handlungsziele.',
        'Strategisches Ziel 1: Teilhabe ist selbstverständlich',
        'Handlungsziel 1.1: Vereine haben Ansprechpersonen',
        'Handlungsziel 1.2: Schulen kennen Beratungsangebote',
      ]),
    ).toEqual([]);
    // The sheet's goals row is named by the level linked, the goals listed by number.
    expect(twoText).toMatch(/Handlungsziele\s+1\.1 Vereine haben Ansprechpersonen/);
    expect(twoText).not.toMatch(/Mittlerziel|Leitziel/);

    const fiveText = normalize(five.pages.join('\n'));
    expect(
      missingInOrder(fiveText, [
        'Übersicht: 1 Leitziel, 1 Teilziel, 1 Maßnahmenziel, 2 Wirkungsziele und 1 Meilenstein.',
        'Leitziel 1: Eins',
        'Teilziel 1.1: Zwei',
        'Maßnahmenziel 1.1.1: Drei',
        'Wirkungsziel 1.1.1.1: Vier',
        'Meilenstein 1.1.1.1.1: Fünf',
        'Wirkungsziel 1.1.1.2: Vier b',
      ]),
    ).toEqual([]);
    expect(fiveText).toMatch(/Wirkungsziel\s+1\.1\.1\.1 Vier/);
    expect(fiveText).not.toMatch(/Mittlerziel|Handlungsziel/);
    // The matrix's goal column is headed by the level measures are linked to.
    const matrixHeader = docxXml(files[1]?.bytes ?? new Uint8Array()).tables.some((t) =>
      /<w:t(?: [^>]*)?>Wirkungsziel<\/w:t>.*<w:t(?: [^>]*)?>M-01<\/w:t>/.test(t),
    );
    expect(matrixHeader).toBe(true);
  }, 600_000);
});
