import { describe, expect, it } from 'vitest';
import { conceptErrorOf, testTemplate } from '../../test/factories.ts';
import { fromJSON } from '../json/fromJSON.ts';
import { readChapters, readFieldsOfAction, readMeta, readPhenomena } from '../json/readers.ts';
import { toJSON } from '../json/toJSON.ts';
import { createConceptFromTemplate } from './createConceptFromTemplate.ts';

const input = {
  title: 'Handlungskonzept',
  territory: 'Gemeinde Musterdorf',
  territoryType: 'gemeinde',
} as const;

describe('createConceptFromTemplate', () => {
  it('seeds meta, chapters, fields of action and phenomena from the template', () => {
    const doc = createConceptFromTemplate(testTemplate, { ...input, fundingPeriod: '2025–2027' });
    expect(readMeta(doc)).toEqual({
      title: 'Handlungskonzept',
      territory: 'Gemeinde Musterdorf',
      territoryType: 'gemeinde',
      programme: 'NRWeltoffen',
      fundingPeriod: '2025–2027',
      phase: 'auftrag',
      status: 'draft',
      templateId: 'test-vorlage',
      titlePageText: 'Gefördert im Landesprogramm.',
    });
    expect(readChapters(doc).map(({ id: _, ...c }) => c)).toEqual([
      {
        key: 'auftrag',
        title: 'Auftrag',
        kind: 'text',
        status: 'empty',
        guidingQuestions: ['Wer hat den Auftrag erteilt?'],
      },
      {
        key: 'leitbild',
        title: 'Leitbild',
        // The test template names no kinds: a chapter keyed leitbild is the Leitbild's place, as before kinds.
        kind: 'vision',
        status: 'empty',
        guidingQuestions: ['Wie wollen wir zusammenleben?'],
      },
    ]);
    expect(readFieldsOfAction(doc).map(({ id: _, ...f }) => f)).toEqual(testTemplate.fieldsOfAction);
    expect(readPhenomena(doc).map(({ id: _, ...p }) => p)).toEqual(testTemplate.phenomena);
  });

  it('round-trips through Concept JSON', () => {
    const json = toJSON(createConceptFromTemplate(testTemplate, input));
    expect(toJSON(fromJSON(json))).toEqual(json);
  });

  it('refuses an invalid template, naming the path', () => {
    const broken = { ...testTemplate, chapters: [] };
    expect(conceptErrorOf(() => createConceptFromTemplate(broken, input))).toMatchObject({
      code: 'invalid-input',
      path: 'template.chapters',
    });
  });

  it('refuses missing title or territory with a German message', () => {
    const error = conceptErrorOf(() => createConceptFromTemplate(testTemplate, { ...input, title: '  ' }));
    expect(error).toMatchObject({ code: 'invalid-input', path: 'title' });
    expect(error.message).toContain('Bitte einen Titel angeben');
    expect(
      conceptErrorOf(() => createConceptFromTemplate(testTemplate, { ...input, territory: '' })).path,
    ).toBe('territory');
  });
});
