import { describe, expect, it } from 'vitest';
import { docxXml } from '../test/docxXml.ts';
import { emptyConcept } from '../test/factories.ts';
import { conceptToDocx } from './conceptToDocx.ts';

const now = new Date(2025, 3, 1);

async function titlePageTexts(titlePageText: string): Promise<string[]> {
  const concept = emptyConcept({ programme: 'Demokratie leben!', fundingPeriod: '2025–2028', titlePageText });
  concept.goals = [];
  const xml = docxXml(await conceptToDocx(concept, { now, parts: { toc: false } }));
  return xml.paragraphs.map((p) => p.text);
}

describe('title page', () => {
  it('carries only the concept’s own sentences, as the steering group wrote them', async () => {
    expect(
      await titlePageTexts('Erarbeitet von der Steuerungsgruppe.\nStand der Beratung im Ausschuss.'),
    ).toEqual([
      'Handlungskonzept gegen Rassismus',
      'Gemeinde Beispielstadt',
      'Demokratie leben! · Förderperiode 2025–2028',
      'Arbeitsstand: 01.04.2025',
      'Status: Entwurf',
      '',
      'Erarbeitet von der Steuerungsgruppe.',
      'Stand der Beratung im Ausschuss.',
    ]);
  });

  it('adds no sentence of its own when the concept has none', async () => {
    expect(await titlePageTexts('')).toEqual([
      'Handlungskonzept gegen Rassismus',
      'Gemeinde Beispielstadt',
      'Demokratie leben! · Förderperiode 2025–2028',
      'Arbeitsstand: 01.04.2025',
      'Status: Entwurf',
    ]);
  });
});
