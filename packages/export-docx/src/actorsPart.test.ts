import type { ActorJSON, ConceptJSON } from '@werkbank/concept';
import { rt } from '@werkbank/concept';
import { afterAll, describe, expect, it } from 'vitest';
import { docxXml, xmlText } from '../test/docxXml.ts';
import { emptyConcept } from '../test/factories.ts';
import {
  docxToPdfText,
  type PdfText,
  readBackToolsAvailable,
  removeConversion,
} from '../test/libreOffice.ts';
import { missingInOrder } from '../test/pdfChecks.ts';
import { conceptToDocx } from './conceptToDocx.ts';

const available = await readBackToolsAvailable();
const conversions: PdfText[] = [];
afterAll(async () => {
  await Promise.all(conversions.map(removeConversion));
});

const actor = (id: string, name: string, type: ActorJSON['type'], notes = ''): ActorJSON => ({
  id,
  name,
  type,
  notes,
});

function concept(actors: ActorJSON[]): ConceptJSON {
  const chapter = (id: string, key: string, title: string, text: string) => ({
    id,
    key,
    title,
    status: 'draft' as const,
    guidingQuestions: [],
    body: rt.doc(rt.p(text)),
  });
  return {
    ...emptyConcept(),
    chapters: [
      chapter('c1', 'auftrag', 'Auftrag', 'Der Rat hat beschlossen.'),
      chapter('c2', 'akteure-netzwerk', 'Akteur*innen und Netzwerk', 'Viele tragen die Arbeit mit.'),
      chapter('c3', 'fortschreibung', 'Fortschreibung', 'Jährlich.'),
    ],
    actors,
  };
}

const ACTORS = [
  actor('a1', 'Integrationsrat', 'politics', 'Tagt monatlich.'),
  actor('a2', 'Jüdische Gemeinde Beispielstadt', 'jewish-community'),
  actor('a3', '', 'counselling', 'Name folgt.'),
];

/** The text of each row of the table under the actors' heading, cells joined by " | ". */
async function actorRows(json: ConceptJSON): Promise<{ before: string[]; rows: string[] }> {
  const xml = docxXml(await conceptToDocx(json, { parts: { titlePage: false, toc: false } }));
  const start = xml.document.indexOf('Akteur*innen und Netzwerk');
  const end = xml.document.indexOf('Fortschreibung', start);
  const section = xml.document.slice(start, end);
  const table = /<w:tbl>.*?<\/w:tbl>/.exec(section)?.[0] ?? '';
  const rows = [...table.matchAll(/<w:tr>.*?<\/w:tr>|<w:tr [^>]*>.*?<\/w:tr>/g)].map((row) =>
    [...row[0].matchAll(/<w:tc>.*?<\/w:tc>/g)]
      .map((cell) => xmlText(cell[0]).replace(/\u00ad/g, ''))
      .join(' | '),
  );
  const before = xml.paragraphs
    .map((p) => p.text)
    .filter(Boolean)
    .slice(0, 4);
  return { before, rows };
}

describe('the actors in the Word export', () => {
  it('lists the actors beneath their chapter’s text, in concept order, with name, kind and notes', async () => {
    const { before, rows } = await actorRows(concept(ACTORS));
    expect(before).toEqual([
      'Auftrag',
      'Der Rat hat beschlossen.',
      'Akteur*innen und Netzwerk',
      'Viele tragen die Arbeit mit.',
    ]);
    expect(rows).toEqual([
      'Name | Art | Anmerkungen',
      'Integrationsrat | Politik | Tagt monatlich.',
      'Jüdische Gemeinde Beispielstadt | Jüdische Gemeinde | ',
      '– | Beratungsstelle | Name folgt.',
    ]);
  });

  it('leaves the notes column out when no actor has notes', async () => {
    const { rows } = await actorRows(
      concept([actor('a1', 'Stadtsportbund', 'sport'), actor('a2', 'VHS', 'culture')]),
    );
    expect(rows).toEqual(['Name | Art', 'Stadtsportbund | Sport', 'VHS | Kultur']);
  });

  it('prints no table and no empty note under a written chapter without actors', async () => {
    const xml = docxXml(await conceptToDocx(concept([]), { parts: { titlePage: false, toc: false } }));
    expect(xml.tables).toHaveLength(0);
    expect(xml.paragraphs.map((p) => p.text)).not.toContain('(noch keine Akteur*innen)');
  });

  it.skipIf(!available)(
    'reads back through LibreOffice with the actors after the chapter text',
    async () => {
      const pdf = await docxToPdfText(await conceptToDocx(concept(ACTORS)), 'actors');
      conversions.push(pdf);
      const text = pdf.pages.join('\n');
      expect(
        missingInOrder(text, [
          '2 Akteur*innen und Netzwerk',
          'Viele tragen die Arbeit mit.',
          'Name Art Anmerkungen',
          'Integrationsrat Politik Tagt monatlich.',
          'Jüdische Gemeinde Beispielstadt Jüdische Gemeinde',
          '– Beratungsstelle Name folgt.',
          '3 Fortschreibung',
        ]),
      ).toEqual([]);
    },
    120_000,
  );
});
