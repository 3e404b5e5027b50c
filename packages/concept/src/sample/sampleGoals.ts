import type { FieldOfActionJSON, GoalJSON, IndicatorJSON } from '../json/conceptJsonSchema.ts';
import { rt } from './rt.ts';
import type { SampleRandom } from './sampleRandom.ts';
import { sampleVocabulary } from './sampleVocabulary.ts';

/**
 * A three-level goal tree of `count` goals (about one Leitziel in eight, three Mittlerziele in ten, the rest
 * Handlungsziele), in sibling order, each level spread round-robin over the one above.
 */
export function sampleGoals(
  count: number,
  fields: readonly FieldOfActionJSON[],
  random: SampleRandom,
): GoalJSON[] {
  if (count <= 0) return [];
  const leitCount = Math.max(1, Math.ceil(count / 8));
  const mittlerCount = Math.max(count >= 3 ? 1 : 0, Math.min(count - leitCount - 1, Math.round(count * 0.3)));
  const handlungsCount = Math.max(0, count - leitCount - mittlerCount);
  const leit = Array.from({ length: leitCount }, (_, i) => {
    const title = `${at(sampleVocabulary.leitziele, i)}${i >= sampleVocabulary.leitziele.length ? ` (${i + 1})` : ''}`;
    return goal(`goal-l${i + 1}`, null, title, fields.length > 0 ? [at(fields, i).id] : [], [], random);
  });
  const mittler = Array.from({ length: mittlerCount }, (_, i) => {
    const field = fields.length > 0 ? at(fields, i) : undefined;
    const title = at(sampleVocabulary.mittlerziele, i).replace('{field}', field?.title ?? 'Querschnitt');
    return goal(
      `goal-m${i + 1}`,
      at(leit, i).id,
      title,
      field ? [field.id] : [],
      [indicator(`goal-m${i + 1}`, 1, random)],
      random,
    );
  });
  const handlungs = Array.from({ length: handlungsCount }, (_, i) => {
    const parent = mittler.length > 0 ? at(mittler, i) : at(leit, i);
    const title = at(sampleVocabulary.handlungsziele, i)
      .replace('{year}', String(2026 + (i % 3)))
      .replace('{n}', String(random.int(3, 40)))
      .replace('{field}', fields.find((f) => f.id === parent.fieldIds[0])?.title ?? 'Querschnitt');
    const indicators = [1, 2].slice(0, random.int(1, 2)).map((n) => indicator(`goal-h${i + 1}`, n, random));
    return goal(`goal-h${i + 1}`, parent.id, title, parent.fieldIds, indicators, random);
  });
  return [...leit, ...mittler, ...handlungs];
}

function goal(
  id: string,
  parentId: string | null,
  title: string,
  fieldIds: string[],
  indicators: IndicatorJSON[],
  random: SampleRandom,
): GoalJSON {
  const isFocus = random.next() < 0.3;
  return {
    id,
    parentId,
    title,
    description: rt.doc(
      rt.p(
        'Das Ziel greift Ergebnisse der Bestandsaufnahme und der Beteiligungsworkshops auf. ',
        rt.bold('Maßstab'),
        ' ist, dass Bürger*innen Veränderungen im Alltag spüren.',
      ),
    ),
    fieldIds,
    smart: {
      specific: true,
      measurable: indicators.length > 0,
      achievable: true,
      relevant: true,
      timeBound: parentId !== null,
    },
    indicators,
    targetDate: parentId === null ? '' : `${2026 + random.int(0, 2)}-12-31`,
    isFocus,
    focusPeriod: isFocus ? '2025–2027' : '',
  };
}

function indicator(owner: string, n: number, random: SampleRandom): IndicatorJSON {
  const base = random.int(0, 20);
  return {
    id: `${owner}-i${n}`,
    name: n === 1 ? 'Anzahl der Teilnehmenden' : 'Zufriedenheit der Beteiligten',
    unit: n === 1 ? 'Personen' : 'Prozent',
    baseline: String(base),
    target: String(base + random.int(10, 60)),
    source: n === 1 ? 'Teilnahmelisten' : 'Jährliche Befragung',
  };
}

function at<T>(list: readonly T[], index: number): T {
  return list[index % list.length] as T;
}
