import { readdirSync, readFileSync } from 'node:fs';
import {
  type ConceptTemplate,
  checkConcept,
  createConceptFromTemplate,
  fromJSON,
  parseConceptJSON,
  readChapters,
  readFieldsOfAction,
  readMeta,
  readPhenomena,
  templateSchema,
  toJSON,
} from '@werkbank/concept';
import { describe, expect, it } from 'vitest';
import { getTemplate, templates } from './index.ts';

const folder = new URL('./', import.meta.url);
const files = readdirSync(folder)
  .filter((name) => name.endsWith('.json') && name !== 'package.json')
  .sort();

function load(file: string): unknown {
  return JSON.parse(readFileSync(new URL(file, folder), 'utf8'));
}

function texts(template: ConceptTemplate): string[] {
  return [
    template.name,
    template.description,
    template.titlePage.heading,
    template.titlePage.text,
    ...template.chapters.flatMap((c) => [c.title, c.hint ?? '', ...c.guidingQuestions]),
    ...template.fieldsOfAction.flatMap((f) => [f.title, f.description]),
    ...template.phenomena.flatMap((p) => [p.title, p.description]),
    ...template.phases.flatMap((p) => [p.title, p.description, ...p.checklist.map((item) => item.text)]),
  ];
}

// Masculine plurals and stems that the UI always writes gender-inclusive (Bürger*innen, Akteur*innen).
const UNGENDERED =
  /(?<![\p{L}])(Bürger|Akteure|Akteuren|Teilnehmer|Mitarbeiter|Partner|Kollegen|Lehrer|Schüler|Bewohner|Nutzer|Leser|Sprecher|Experten|Migranten)(?![\p{L}*])/u;
// Templates are shared data: no e-mail addresses, phone numbers or web addresses of real people or offices.
const CONTACT = /@|\bhttps?:|www\.|\d{3,}\s*[/-]\s*\d{2,}/;

const nrweltoffenPhases = [
  'auftrag-struktur',
  'bestandsaufnahme',
  'leitbild-ziele',
  'massnahmenentwicklung',
  'priorisierung',
  'beschluss',
  'umsetzung-monitoring',
  'evaluation-fortschreibung',
];

const newConcept = {
  title: 'Handlungskonzept',
  territory: 'Kreis Musterland',
  territoryType: 'kreis',
} as const;

describe('templates/', () => {
  it('holds at least the two bundled templates', () => {
    expect(files).toEqual(
      expect.arrayContaining(['nrweltoffen.json', 'antisemitismuskritische-strukturentwicklung.json']),
    );
  });

  describe.each(files)('%s', (file) => {
    const parsed = templateSchema.safeParse(load(file));
    const template = parsed.data as ConceptTemplate;

    it('validates against templateSchema and is named after its id', () => {
      expect(parsed.error?.issues ?? []).toEqual([]);
      expect(file).toBe(`${template.id}.json`);
    });

    it('is exported by index.ts', () => {
      expect(getTemplate(template.id)).toEqual(template);
      expect(templates.filter((t) => t.id === template.id)).toHaveLength(1);
    });

    it('instantiates into a concept with its chapters, defaults and first phase', () => {
      const doc = createConceptFromTemplate(template, newConcept);
      const meta = readMeta(doc);
      expect(meta).toMatchObject({ templateId: template.id, programme: template.programme, status: 'draft' });
      expect(meta.phase).toBe(template.phases[0]?.key);
      expect(readChapters(doc).map((c) => [c.key, c.title, c.guidingQuestions])).toEqual(
        template.chapters.map((c) => [c.key, c.title, c.guidingQuestions]),
      );
      expect(readFieldsOfAction(doc).map(({ title, description }) => ({ title, description }))).toEqual(
        template.fieldsOfAction,
      );
      expect(readPhenomena(doc).map(({ title, description }) => ({ title, description }))).toEqual(
        template.phenomena,
      );
    });

    it('declares every chapter’s kind, each structured part at most once, and the concept keeps them', () => {
      const kinds = template.chapters.map((c) => c.kind);
      expect(kinds.every((kind) => kind !== undefined)).toBe(true);
      const structured = kinds.filter((kind) => kind !== 'text');
      expect(new Set(structured).size).toBe(structured.length);
      expect(structured).toEqual(expect.arrayContaining(['vision', 'goals', 'measures']));
      const doc = createConceptFromTemplate(template, newConcept);
      expect(readChapters(doc).map((c) => c.kind)).toEqual(kinds);
    });

    it('round-trips: toJSON(fromJSON(toJSON(doc))) equals toJSON(doc)', () => {
      const json = toJSON(createConceptFromTemplate(template, newConcept));
      expect(() => parseConceptJSON(json)).not.toThrow();
      expect(toJSON(fromJSON(json))).toEqual(json);
    });

    it('tells a fresh concept what is still empty, and nothing else', () => {
      const json = toJSON(createConceptFromTemplate(template, newConcept));
      const required = template.chapters.filter((c) => c.required !== false);
      expect(
        checkConcept(json, template)
          .map((f) => f.code)
          .sort(),
      ).toEqual(
        [
          ...required.map(() => 'chapter-empty'),
          'vision-empty',
          'no-actors',
          ...template.fieldsOfAction.map(() => 'field-without-goal'),
        ].sort(),
      );
    });

    it('guides every chapter with questions and every phase with a checklist', () => {
      for (const chapter of template.chapters)
        expect(chapter.guidingQuestions.length, chapter.key).toBeGreaterThan(2);
      for (const phase of template.phases) expect(phase.checklist.length, phase.key).toBeGreaterThan(2);
    });

    it('writes gender-inclusive German and holds no contact data', () => {
      for (const text of texts(template)) {
        expect(text, text).not.toMatch(UNGENDERED);
        expect(text, text).not.toMatch(CONTACT);
      }
    });
  });
});

describe('nrweltoffen.json', () => {
  const template = getTemplate('nrweltoffen') as ConceptTemplate;

  it('offers the seven Bielefeld fields of action, each with a one-line description', () => {
    expect(template.fieldsOfAction.map((f) => f.title)).toEqual([
      'Politische Bildung',
      'Sport',
      'Kultur',
      'Frauen',
      'Kinder und Jugendliche',
      'Stadtteile',
      'Arbeitswelt',
    ]);
    for (const field of template.fieldsOfAction) {
      expect(field.description).not.toBe('');
      expect(field.description).not.toContain('\n');
    }
  });

  it('offers the four Themenfelder', () => {
    expect(template.phenomena.map((p) => p.title)).toEqual([
      'Antisemitismus',
      'Antimuslimischer Rassismus',
      'Antiziganismus',
      'Institutioneller Rassismus',
    ]);
  });

  it('walks the process phases in order, from mandate to revision', () => {
    expect(template.phases.map((p) => p.key)).toEqual(nrweltoffenPhases);
  });

  it('covers the chapters of a local action concept', () => {
    const keys = template.chapters.map((c) => c.key);
    for (const key of [
      'auftrag',
      'ausgangslage-daten',
      'ausgangslage-akteure',
      'perspektive-betroffener',
      'leitbild',
    ]) {
      expect(keys).toContain(key);
    }
    for (const key of [
      'ziele',
      'handlungsfelder',
      'massnahmen',
      'akteure-netzwerk',
      'beteiligung',
      'steuerung',
    ]) {
      expect(keys).toContain(key);
    }
    expect(keys.slice(-2)).toEqual(['monitoring-evaluation', 'fortschreibung']);
    expect(template.chapters.every((c) => c.hint)).toBe(true);
    expect(template.chapters.find((c) => c.key === 'steuerung')?.title).toMatch(
      /Steuerungsgremium.*Koordinierende Fachstelle/,
    );
  });

  it('makes Leitbild, Ziele, Handlungsfelder, Maßnahmen, Akteur*innen and Beteiligung the structured parts’ places', () => {
    expect(template.chapters.filter((c) => c.kind !== 'text').map((c) => [c.key, c.kind])).toEqual([
      ['leitbild', 'vision'],
      ['ziele', 'goals'],
      ['handlungsfelder', 'fieldsOfAction'],
      ['massnahmen', 'measures'],
      ['akteure-netzwerk', 'actors'],
      ['beteiligung', 'participation'],
    ]);
  });

  it('lists a fresh concept’s findings in the document’s order, each part’s after its chapter’s', () => {
    const json = toJSON(createConceptFromTemplate(template, newConcept));
    const chapter = (key: string) => `chapter-empty:${json.chapters.find((c) => c.key === key)?.title}`;
    const fields = template.fieldsOfAction.map((f) => `field-without-goal:${f.title}`);
    const titles = new Map<string, string>([
      ...json.chapters.map((c): [string, string] => [c.id, c.title]),
      ...json.fieldsOfAction.map((f): [string, string] => [f.id, f.title]),
    ]);
    expect(checkConcept(json, template).map((f) => `${f.code}:${titles.get(f.id) ?? ''}`)).toEqual([
      ...['auftrag', 'ausgangslage-daten', 'ausgangslage-akteure', 'perspektive-betroffener'].map(chapter),
      chapter('leitbild'),
      'vision-empty:',
      chapter('ziele'),
      chapter('handlungsfelder'),
      ...fields,
      chapter('massnahmen'),
      chapter('akteure-netzwerk'),
      'no-actors:',
      ...['beteiligung', 'steuerung', 'monitoring-evaluation', 'fortschreibung'].map(chapter),
    ]);
  });

  it('requires lead, goals, start, indicators, field and description of every measure', () => {
    expect([...template.requiredMeasureFields].sort()).toEqual(
      ['description', 'goalIds', 'indicators', 'lead', 'periodStart', 'primaryFieldId'].sort(),
    );
  });

  it('serves councils, districts and municipalities', () => {
    expect(template.territoryTypes).toEqual(['kreis', 'kreisfreie-stadt', 'gemeinde']);
  });
});

describe('antisemitismuskritische-strukturentwicklung.json', () => {
  const template = getTemplate('antisemitismuskritische-strukturentwicklung') as ConceptTemplate;
  const all = texts(template).join('\n');

  it('has the three building blocks as fields of action', () => {
    expect(template.fieldsOfAction.map((f) => f.title)).toEqual([
      'Beratung',
      'Qualifizierung',
      'Strukturentwicklung',
    ]);
  });

  it('is meant for a municipal institution', () => {
    expect(template.territoryTypes).toContain('institution');
    expect(template.territoryTypes[0]).toBe('institution');
  });

  it('ties every training to a counselling talk before and after', () => {
    const checklist = template.phases.flatMap((p) => p.checklist.map((item) => item.id));
    expect(checklist).toEqual(expect.arrayContaining(['umsetzung-vorgespraech', 'umsetzung-nachgespraech']));
    const qualifizierung = template.chapters.find((c) => c.key === 'qualifizierung');
    expect(qualifizierung?.guidingQuestions.join(' ')).toMatch(/vor jedem Bildungsformat/);
    expect(qualifizierung?.guidingQuestions.join(' ')).toMatch(/nach jedem Bildungsformat/);
    expect(template.fieldsOfAction.find((f) => f.title === 'Qualifizierung')?.description).toMatch(
      /davor und danach/,
    );
  });

  it('involves Jewish communities in chapters and checklists', () => {
    expect(template.chapters.map((c) => c.key)).toContain('juedische-perspektiven');
    const items = template.phases.flatMap((p) => p.checklist.map((item) => item.text));
    expect(items.filter((text) => /jüdische/i.test(text)).length).toBeGreaterThanOrEqual(2);
    expect(all).toMatch(/jüdischen Gemeinden/);
  });

  it('has its own chapters and phases, not those of nrweltoffen', () => {
    expect(template.phases.map((p) => p.key)).not.toEqual(nrweltoffenPhases);
    expect(template.chapters.map((c) => c.key)).toEqual(
      expect.arrayContaining(['beratung', 'qualifizierung', 'strukturentwicklung']),
    );
    expect(template.phases.map((p) => p.key)).toEqual([
      'anliegen-auftrag',
      'bestandsaufnahme',
      'ziele-bausteine',
      'beratung-qualifizierung',
      'strukturen-verankern',
      'auswertung-verstetigung',
    ]);
  });
});
