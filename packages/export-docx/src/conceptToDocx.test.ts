import { type ConceptJSON, rt, sampleConcept } from '@werkbank/concept';
import { beforeAll, describe, expect, it } from 'vitest';
import { type DocxXml, docxXml } from '../test/docxXml.ts';
import { emptyConcept } from '../test/factories.ts';
import { conceptToDocx } from './conceptToDocx.ts';
import type { ExportProgress } from './DocxExportOptions.ts';
import { defaultExportOptions } from './defaultExportOptions.ts';

const now = new Date(2025, 3, 1);

describe('conceptToDocx on the sample concept', () => {
  let concept: ConceptJSON;
  let xml: DocxXml;
  beforeAll(async () => {
    concept = sampleConcept();
    const version = concept.versions.find((v) => v.adopted) ?? null;
    xml = docxXml(await conceptToDocx(concept, { version, now }));
  });

  it('sets German as the language of every run and Arial as the font', () => {
    expect(xml.styles).toMatch(/<w:rPrDefault><w:rPr>.*<w:lang w:val="de-DE"\/>/);
    expect(xml.styles).toMatch(/<w:rFonts w:ascii="Arial"/);
  });

  it('defines Word’s own heading styles with outline levels, Heading 1–3 numbered by the outline list', () => {
    for (const [level, id] of ['Heading1', 'Heading2', 'Heading3', 'Heading4'].entries()) {
      const style = xml.styles.match(new RegExp(`<w:style [^>]*w:styleId="${id}".*?</w:style>`))?.[0] ?? '';
      expect(style).toContain(`<w:outlineLvl w:val="${level}"/>`);
      if (level < 3) expect(style).toContain('<w:numPr>');
      else expect(style).not.toContain('<w:numPr>');
    }
    expect(xml.numbering).toMatch(/<w:lvlText w:val="%1\.%2\.%3"\/>/);
  });

  it('writes the core properties', () => {
    expect(xml.core).toContain(`<dc:title>${concept.meta.title}</dc:title>`);
    expect(xml.core).toContain('<dc:subject>NRWeltoffen – Kreis Musterland</dc:subject>');
    expect(xml.core).toContain('<dc:creator>Kreis Musterland</dc:creator>');
    const themes = concept.phenomena.map((p) => p.title);
    expect(themes.length).toBeGreaterThan(0);
    expect(xml.core).toContain(
      `<cp:keywords>${['NRWeltoffen', 'Kreis Musterland', ...themes].join(', ')}</cp:keywords>`,
    );
  });

  it('takes the keywords from the concept only, also for a concept about something else', async () => {
    const other = {
      ...emptyConcept({ programme: 'Demokratie leben!', territory: 'Stadt Beispielhausen' }),
      phenomena: [{ id: 'p1', title: 'Antiziganismus', description: '' }],
    };
    const core = docxXml(await conceptToDocx(other, { now })).core;
    expect(core).toContain(
      '<cp:keywords>Demokratie leben!, Stadt Beispielhausen, Antiziganismus</cp:keywords>',
    );
    const none = docxXml(await conceptToDocx(emptyConcept({ territory: '' }), { now })).core;
    expect(none).toMatch(/<cp:keywords><\/cp:keywords>|<cp:keywords\/>|^(?![\s\S]*<cp:keywords)/);
  });

  it('has a running header with the title and a footer "Seite X von Y" from PAGE and NUMPAGES', () => {
    expect(xml.header).toContain(concept.meta.title);
    expect(xml.footer).toMatch(/Seite .*PAGE.*von .*NUMPAGES/);
  });

  it('has a table of contents field over Heading 1–2 with entries and page numbers, and asks Word to update it', () => {
    expect(xml.document).toContain('TOC \\h \\o &quot;1-2&quot;');
    const entries = xml.paragraphs.filter((p) => p.style === 'TOC1' || p.style === 'TOC2');
    expect(entries.length).toBeGreaterThan(30);
    expect(entries.every((p) => /PAGEREF _Toc\d+/.test(p.xml))).toBe(true);
    expect(entries.every((p) => /\d+$/.test(p.text))).toBe(true);
    expect(xml.settings).toMatch(/<w:updateFields(?: w:val="true")?\/>/);
  });

  it('writes the title page with version, status and the council’s resolution', () => {
    const text = xml.paragraphs.slice(0, 10).map((p) => p.text);
    expect(text[0]).toBe(concept.meta.title);
    expect(text).toContain('Kreis Musterland');
    expect(text).toContain('Fassung: Beschlussfassung 2025 vom 03.03.2025');
    expect(text).toContain('Status: beschlossen');
    expect(text).toContain(
      'Beschluss: Kreistag des Kreises Musterland am 27.03.2025 (Drucksache DS 2025/041)',
    );
  });

  it('puts the chapters and parts in order, the structured parts in place of their template chapters', () => {
    const chapters = xml.paragraphs.filter((p) => p.style === 'Heading1').map((p) => p.text);
    expect(chapters).toEqual([
      'Einleitung',
      'Entstehung des Konzepts',
      'Ausgangslage im Kreisgebiet',
      'Bestandsaufnahme: Akteur*innen und Angebote',
      'Leitbild',
      'Ziele',
      'Umsetzung, Monitoring und Fortschreibung',
      'Handlungsfelder',
      'Maßnahmenübersicht',
      'Maßnahmensteckbriefe',
      'Ziel-Maßnahmen-Matrix',
      'Akteur*innen',
      'Anhang: Dokumentation der Beteiligung',
    ]);
  });

  it('writes the goal system as a numbered hierarchy in Heading 2, 3 and 4', () => {
    const goals = xml.paragraphs.filter(
      (p) => /^(Leit|Mittler|Handlungs)ziel \d/.test(p.text) && p.style.startsWith('Heading'),
    );
    expect(goals).toHaveLength(concept.goals.length);
    expect(goals[0]?.style).toBe('Heading2');
    expect(goals.find((p) => p.text.startsWith('Mittlerziel 1.1:'))?.style).toBe('Heading3');
    expect(goals.find((p) => p.text.startsWith('Handlungsziel 1.1.1:'))?.style).toBe('Heading4');
    expect(goals.every((p) => p.xml.includes('<w:numId w:val="0"/>') || p.style === 'Heading4')).toBe(true);
  });

  it('writes each field of action with its goals and measures', () => {
    const fields = xml.paragraphs.filter(
      (p) => p.style === 'Heading2' && concept.fieldsOfAction.some((f) => f.title === p.text),
    );
    expect(fields.map((p) => p.text)).toEqual(concept.fieldsOfAction.map((f) => f.title));
  });
});

describe('conceptToDocx options', () => {
  it('leaves out switched-off parts', async () => {
    const xml = docxXml(
      await conceptToDocx(sampleConcept(), {
        now,
        parts: {
          ...defaultExportOptions.parts,
          titlePage: false,
          toc: false,
          measureSheets: false,
          matrix: false,
        },
      }),
    );
    const chapters = xml.paragraphs.filter((p) => p.style === 'Heading1').map((p) => p.text);
    expect(chapters).not.toContain('Maßnahmensteckbriefe');
    expect(chapters).not.toContain('Ziel-Maßnahmen-Matrix');
    expect(xml.document).not.toContain('TOC \\h');
    expect(xml.paragraphs[0]?.style).toBe('Heading1');
  });

  it('omits empty chapters by default and marks them on request', async () => {
    const omitted = docxXml(await conceptToDocx(sampleConcept(), { now }));
    expect(omitted.paragraphs.map((p) => p.text)).not.toContain('Evaluation');
    const marked = docxXml(await conceptToDocx(sampleConcept(), { now, emptyChapters: 'mark' }));
    const index = marked.paragraphs.findIndex((p) => p.text === 'Evaluation' && p.style === 'Heading1');
    expect(marked.paragraphs[index + 1]?.text).toBe('(noch ohne Inhalt)');
    expect(marked.paragraphs[index + 2]?.text).toBe('Leitfragen:');
  });

  it('puts the Leitbild before the goals when no chapter is meant for it, not after the last chapter', async () => {
    const chapter = (key: string, title: string) => ({
      id: key,
      key,
      title,
      status: 'draft' as const,
      guidingQuestions: [],
      body: rt.doc(rt.p(`Text zu ${title}.`)),
    });
    const concept = {
      ...emptyConcept(),
      vision: rt.doc(rt.p('Wir leben Vielfalt.')),
      chapters: [
        chapter('einleitung', 'Einleitung'),
        chapter('ziele', 'Ziele'),
        chapter('beteiligung', 'Beteiligungsprozess'),
      ],
    };
    const xml = docxXml(await conceptToDocx(concept, { now }));
    expect(xml.paragraphs.filter((p) => p.style === 'Heading1').map((p) => p.text)).toEqual([
      'Einleitung',
      'Leitbild',
      'Ziele',
      'Beteiligungsprozess',
    ]);
  });

  it('exports a new, empty concept with a working-state title page and no empty parts', async () => {
    const xml = docxXml(await conceptToDocx(emptyConcept(), { now }));
    expect(xml.paragraphs.map((p) => p.text)).toContain('Arbeitsstand: 01.04.2025');
    expect(xml.paragraphs.map((p) => p.text)).toContain('Status: Entwurf');
    expect(xml.paragraphs.filter((p) => p.style === 'Heading1')).toHaveLength(0);
    expect(xml.paragraphs.map((p) => p.text)).not.toContain('Inhaltsverzeichnis');
    expect(xml.document).not.toContain('TOC \\h');
    const marked = docxXml(await conceptToDocx(emptyConcept(), { now, emptyChapters: 'mark' }));
    expect(marked.paragraphs.filter((p) => p.style === 'Heading1').map((p) => p.text)).toEqual([
      'Leitbild',
      'Zielsystem',
      'Handlungsfelder',
      'Maßnahmenübersicht',
      'Maßnahmensteckbriefe',
      'Ziel-Maßnahmen-Matrix',
      'Akteur*innen',
      'Anhang: Dokumentation der Beteiligung',
    ]);
  });

  it('reports progress step by step up to done, and returns the bytes of a zip', async () => {
    const progress: ExportProgress[] = [];
    const bytes = await conceptToDocx(sampleConcept(), { now, onProgress: (p) => progress.push(p) });
    expect(bytes).toBeInstanceOf(Uint8Array);
    expect([...bytes.subarray(0, 2)]).toEqual([0x50, 0x4b]);
    expect(progress.map((p) => p.done)).toEqual(progress.map((_, i) => i + 1));
    expect(progress.at(-1)).toMatchObject({ step: 'done', done: progress.length, total: progress.length });
    expect(progress[0]?.step).toBe('titlePage');
  });
});
