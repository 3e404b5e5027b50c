import { describe, expect, it } from 'vitest';
import { buildConcept, paragraphs } from '../../test/factories.ts';
import { toJSON } from '../json/toJSON.ts';
import { addChapter } from '../verbs/chapterVerbs.ts';
import { updateMeasure } from '../verbs/measureVerbs.ts';
import { setVision } from '../verbs/metaVerbs.ts';
import { searchConcept } from './searchConcept.ts';

function concept() {
  const built = buildConcept();
  const { doc } = built;
  addChapter(doc, {
    key: 'einleitung',
    title: 'Einleitung',
    body: paragraphs('Der Kreis lädt alle Vereine ein.'),
  });
  addChapter(doc, { key: 'ziele', title: 'Ziele', body: paragraphs('Die Ziele folgen dem Leitbild.') });
  setVision(doc, paragraphs('Ein Kreis, in dem Vielfalt selbstverständlich ist.'));
  updateMeasure(doc, built.measures.turnier, {
    lead: 'Kreissportbund',
    partners: ['Fanprojekt', 'Vereine der Kreisliga'],
    description: paragraphs('Ein Turnier mit Workshops für Vereine.'),
  });
  return { built, json: toJSON(doc) };
}

describe('searchConcept', () => {
  it('finds titles, rich text and sheet fields in the order the document reads, ignoring case', () => {
    const { built, json } = concept();
    const hits = searchConcept(json, 'VEREINE');
    expect(hits.map((h) => [h.target, h.field])).toEqual([
      [{ kind: 'chapter', id: json.chapters[0]?.id }, 'body'],
      [{ kind: 'goal', id: built.goals.mittlerziel }, 'title'],
      [{ kind: 'goal', id: built.goals.handlungsziel2 }, 'title'],
      [{ kind: 'measure', id: built.measures.turnier }, 'description'],
      [{ kind: 'measure', id: built.measures.turnier }, 'partners'],
    ]);
    expect(hits[0]).toMatchObject({
      title: 'Einleitung',
      before: 'Der Kreis lädt alle ',
      match: 'Vereine',
      after: ' ein.',
    });
    expect(hits[1]?.title).toBe('1.1 Vereine handeln rassismuskritisch');
    expect(hits[3]?.title).toBe('M-02 Turnier gegen Rassismus');
  });

  it('finds the vision, a lead and a measure by its code', () => {
    const { built, json } = concept();
    expect(searchConcept(json, 'vielfalt').map((h) => h.target)).toEqual([{ kind: 'vision' }]);
    expect(searchConcept(json, 'kreissportbund').map((h) => h.field)).toEqual(['lead']);
    expect(searchConcept(json, 'm-01').map((h) => h.target)).toEqual([
      { kind: 'measure', id: built.measures.fortbildung },
    ]);
  });

  it('cuts long text around the match and ignores queries shorter than two characters', () => {
    const { json } = concept();
    json.chapters[0] = {
      ...(json.chapters[0] as (typeof json.chapters)[number]),
      body: paragraphs(`${'Wort '.repeat(40)}Treffer${' Satz'.repeat(40)}`),
    };
    const [hit] = searchConcept(json, 'treffer');
    expect(hit?.before.startsWith('…')).toBe(true);
    expect(hit?.after.endsWith('…')).toBe(true);
    expect((hit?.before.length ?? 0) < 60).toBe(true);
    expect(searchConcept(json, 'e')).toEqual([]);
  });
});
