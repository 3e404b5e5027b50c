import { CONCEPT_SCHEMA_VERSION, type ConceptJSON } from '../json/conceptJsonSchema.ts';
import { rt } from './rt.ts';
import { sampleChapters } from './sampleChapters.ts';
import { sampleGoals } from './sampleGoals.ts';
import { sampleMeasures } from './sampleMeasures.ts';
import { sampleRandom } from './sampleRandom.ts';
import { sampleVocabulary } from './sampleVocabulary.ts';
import { sampleWorkshops } from './sampleWorkshops.ts';

/** How big a sample concept is; the same options and seed always give the same concept. */
export interface SampleConceptOptions {
  fields?: number;
  goals?: number;
  measures?: number;
  seed?: number;
}

/**
 * A realistic, invented action concept of the "Kreis Musterland" for tests, demos and benchmarks: every rich-text
 * feature, a three-level goal tree with indicators, measures with every field filled, workshops with votes and an
 * adopted version.
 * @example sampleConcept({ fields: 12, goals: 60, measures: 300 }) // the benchmark concept
 */
export function sampleConcept(options: SampleConceptOptions = {}): ConceptJSON {
  const { fields: fieldCount = 7, goals: goalCount = 15, measures: measureCount = 25, seed = 1 } = options;
  const random = sampleRandom(seed);
  const territory = 'Kreis Musterland';
  const fieldsOfAction = Array.from({ length: fieldCount }, (_, i) => {
    const [title, description] = sampleVocabulary.fields[i % sampleVocabulary.fields.length] as readonly [
      string,
      string,
    ];
    const round = Math.floor(i / sampleVocabulary.fields.length);
    return { id: `field-${i + 1}`, title: round > 0 ? `${title} ${round + 1}` : title, description };
  });
  const phenomena = sampleVocabulary.phenomena.map(([title, description], i) => ({
    id: `phenomenon-${i + 1}`,
    title,
    description,
  }));
  const goals = sampleGoals(goalCount, fieldsOfAction, random);
  const measures = sampleMeasures(
    measureCount,
    fieldsOfAction,
    goals,
    phenomena.map((p) => p.id),
    random,
  );
  const workshops = sampleWorkshops(measures, fieldsOfAction, random);
  const origins = new Map(
    workshops.flatMap((w) =>
      w.proposals.filter((p) => p.measureId).map((p) => [p.measureId, [w.id, p.id]] as const),
    ),
  );
  return {
    schemaVersion: CONCEPT_SCHEMA_VERSION,
    meta: {
      title: 'Handlungskonzept gegen Rassismus, Rechtsextremismus und Antisemitismus',
      territory,
      territoryType: 'kreis',
      programme: 'NRWeltoffen',
      fundingPeriod: '2025–2027',
      phase: 'Umsetzung und Monitoring',
      status: 'adopted',
      templateId: 'nrweltoffen-kreis',
      titlePageText:
        'Erarbeitet vom Steuerungsgremium unter Beteiligung von Bürger*innen, Vereinen und Verwaltung.',
    },
    vision: rt.doc(
      rt.p(
        'Der ',
        territory,
        ' ist ein Ort, an dem alle Menschen sicher, gleichberechtigt und ohne Angst vor Ausgrenzung leben. Wir achten einander und erkennen uns in unserer Unterschiedlichkeit an.',
      ),
      rt.p(
        'Der Zugang zu ',
        rt.bold('Ressourcen und Angeboten der Regelversorgung'),
        ' ist für alle gewährleistet – unabhängig von Herkunft, Religion oder Aussehen.',
      ),
    ),
    chapters: sampleChapters(territory),
    fieldsOfAction,
    goals,
    measures: measures.map((m) => {
      const origin = origins.get(m.id);
      return origin ? { ...m, originWorkshopId: origin[0], originProposalId: origin[1] } : m;
    }),
    actors: sampleVocabulary.actors.map(([name, type], i) => ({
      id: `actor-${i + 1}`,
      name,
      type,
      notes: 'Mitglied im Steuerungsgremium.',
    })),
    phenomena,
    workshops,
    versions: [
      {
        id: 'version-1',
        name: 'Entwurf für die Beteiligung',
        createdAt: '2024-11-12T09:00:00.000Z',
        adopted: false,
        resolution: null,
      },
      {
        id: 'version-2',
        name: 'Beschlussfassung 2025',
        createdAt: '2025-03-03T10:30:00.000Z',
        adopted: true,
        resolution: {
          body: 'Kreistag des Kreises Musterland',
          date: '2025-03-27',
          drucksache: 'DS 2025/041',
        },
      },
    ],
    checklist: {
      mandat: true,
      steuerungsgremium: true,
      bestandsaufnahme: true,
      beteiligung: true,
      beschluss: true,
      evaluation: false,
    },
  };
}
