import type {
  CostLineJSON,
  FieldOfActionJSON,
  GoalJSON,
  MeasureJSON,
  MeasureStatus,
  Priority,
} from '../json/conceptJsonSchema.ts';
import { rt } from './rt.ts';
import type { SampleRandom } from './sampleRandom.ts';
import { sampleVocabulary } from './sampleVocabulary.ts';

const STATUSES: MeasureStatus[] = [
  'adopted',
  'in-progress',
  'prioritised',
  'proposed',
  'done',
  'idea',
  'postponed',
  'discontinued',
];
const PRIORITIES: Priority[] = ['high', 'medium', 'low'];

/** `count` measures with every field filled, each serving one or two Handlungsziele of its field where there are some. */
export function sampleMeasures(
  count: number,
  fields: readonly FieldOfActionJSON[],
  goals: readonly GoalJSON[],
  phenomenonIds: readonly string[],
  random: SampleRandom,
): MeasureJSON[] {
  const leaves = goals.filter((g) => !goals.some((child) => child.parentId === g.id));
  const digits = Math.max(2, String(count).length);
  const seen = new Map<string, number>();
  return Array.from({ length: count }, (_, i) => {
    const field = fields.length > 0 ? fields[i % fields.length] : undefined;
    const secondary = fields.length > 1 ? fields[(i + 3) % fields.length] : undefined;
    const ownLeaves = leaves.filter((g) => field && g.fieldIds.includes(field.id));
    const pool = ownLeaves.length > 0 ? ownLeaves : leaves;
    const goalIds = pool.length === 0 ? [] : [...new Set([random.pick(pool).id, random.pick(pool).id])];
    const base = sampleVocabulary.measures[i % sampleVocabulary.measures.length] as string;
    const key = `${base}|${field?.id}`;
    const repeat = (seen.get(key) ?? 0) + 1;
    seen.set(key, repeat);
    const start = 2025 + (i % 3);
    return {
      id: `measure-${String(i + 1).padStart(3, '0')}`,
      code: `M-${String(i + 1).padStart(digits, '0')}`,
      title: `${base}${field ? ` (${field.title})` : ''}${repeat > 1 ? ` ${repeat}` : ''}`,
      primaryFieldId: field?.id ?? null,
      secondaryFieldIds: secondary && secondary.id !== field?.id ? [secondary.id] : [],
      goalIds,
      phenomenonIds: phenomenonIds.length > 0 ? [random.pick(phenomenonIds)] : [],
      targetGroups: [
        random.pick(sampleVocabulary.targetGroups),
        random.pick(sampleVocabulary.targetGroups),
      ].filter((g, index, all) => all.indexOf(g) === index),
      description: rt.doc(
        rt.p(
          'Die Maßnahme setzt an den Ergebnissen der Bestandsaufnahme an und wird mit den Partner*innen abgestimmt.',
        ),
        rt.ul(
          'Auftaktveranstaltung mit allen Beteiligten',
          'Durchführung in mehreren Modulen',
          'Auswertung und Bericht',
        ),
      ),
      lead: random.pick(sampleVocabulary.leads),
      partners: [random.pick(sampleVocabulary.actors)[0], random.pick(sampleVocabulary.actors)[0]].filter(
        (p, index, all) => all.indexOf(p) === index,
      ),
      periodStart: `${start}-0${1 + (i % 9)}-01`,
      periodEnd: i % 4 === 0 ? '' : `${start + 1 + (i % 2)}-12-31`,
      recurrence: i % 4 === 0 ? 'jährlich' : '',
      costLines: i % 5 === 4 ? [] : sampleCostLines(i, start, 1500 + random.int(0, 60) * 500),
      funding: random.pick([
        'Landesprogramm NRWeltoffen',
        'Kreishaushalt',
        'Bundesprogramm „Demokratie leben!“',
        'Eigenmittel der Träger',
      ]),
      indicators: [
        {
          id: `measure-${i + 1}-i1`,
          name: 'Durchgeführte Veranstaltungen',
          unit: 'Anzahl',
          baseline: '0',
          target: String(random.int(2, 12)),
          source: 'Sachstandsbericht',
        },
      ],
      priority: PRIORITIES[i % PRIORITIES.length] as Priority,
      isKeyMeasure: i % 6 === 0,
      status: STATUSES[i % STATUSES.length] as MeasureStatus,
      originWorkshopId: null,
      originProposalId: null,
    };
  });
}

/** Cost lines of sample measure `i`: four fifths Landesmittel, the rest Eigenanteil, every third also Drittmittel. */
function sampleCostLines(i: number, year: number, amount: number): CostLineJSON[] {
  const state = Math.round((amount * 0.8) / 10) * 10;
  const lines: CostLineJSON[] = [
    { id: `measure-${i + 1}-k1`, year, amount: state, source: 'landesmittel' },
    { id: `measure-${i + 1}-k2`, year, amount: amount - state, source: 'eigenanteil' },
  ];
  if (i % 3 === 0)
    lines.push({ id: `measure-${i + 1}-k3`, year: year + 1, amount: 1000, source: 'drittmittel' });
  return lines;
}
