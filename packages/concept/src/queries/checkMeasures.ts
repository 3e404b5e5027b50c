import type { MeasureJSON } from '../json/conceptJsonSchema.ts';
import type { Light } from '../json/readers.ts';
import type { ConceptTemplate } from '../template/templateSchema.ts';
import type { Finding, FindingCode } from './Finding.ts';
import { hasWrittenText } from './hasWrittenText.ts';
import { newFinding } from './newFinding.ts';

/** What a measure needs when no template says otherwise. */
export const DEFAULT_REQUIRED_MEASURE_FIELDS: ConceptTemplate['requiredMeasureFields'] = [
  'goalIds',
  'lead',
  'periodStart',
  'indicators',
];

// Fields with a finding of their own; a period counts as given by a start, an end or a recurrence.
const OWN_CODES: Partial<Record<string, FindingCode>> = {
  goalIds: 'measure-without-goal',
  lead: 'measure-without-lead',
  periodStart: 'measure-without-period',
  periodEnd: 'measure-without-period',
  recurrence: 'measure-without-period',
  indicators: 'measure-without-indicator',
};

function isEmpty(measure: Light<MeasureJSON>, field: string): boolean {
  if (OWN_CODES[field] === 'measure-without-period')
    return !measure.periodStart && !measure.periodEnd && !measure.recurrence.trim();
  const value = (measure as Record<string, unknown>)[field];
  if (field === 'description') return !hasWrittenText(value as MeasureJSON['description'] | undefined);
  if (value === null || value === undefined) return true;
  if (typeof value === 'string') return value.trim() === '';
  if (Array.isArray(value)) return value.length === 0;
  return false;
}

/**
 * Measures without a field the template requires (goal, lead, period, indicator, field of action, description
 * …; without a template: goal, lead, period and indicator), and codes used twice.
 */
export function checkMeasures(
  measures: readonly Light<MeasureJSON>[],
  required: readonly string[] = DEFAULT_REQUIRED_MEASURE_FIELDS,
): Finding[] {
  const findings: Finding[] = [];
  const seen = new Set<string>();
  for (const m of measures) {
    const label = `${m.code} ${m.title}`.trim();
    const reported = new Set<string>();
    for (const field of required) {
      const code = OWN_CODES[field] ?? 'measure-missing-field';
      const key = code === 'measure-missing-field' ? field : code;
      if (reported.has(key) || !isEmpty(m, field)) continue;
      reported.add(key);
      findings.push(
        code === 'measure-missing-field'
          ? newFinding(code, 'measure', m.id, `${label}: Pflichtfeld „${field}“ ist leer`, { field })
          : newFinding(code, 'measure', m.id, `${label}: ${MISSING[code]}`),
      );
    }
    const code = m.code.trim().toLowerCase();
    if (seen.has(code))
      findings.push(newFinding('duplicate-code', 'measure', m.id, `${label}: Code ist doppelt vergeben`));
    seen.add(code);
  }
  return findings;
}

const MISSING: Partial<Record<FindingCode, string>> = {
  'measure-without-goal': 'dient noch keinem Ziel',
  'measure-without-lead': 'Federführung fehlt',
  'measure-without-period': 'Zeitraum fehlt',
  'measure-without-indicator': 'Indikator fehlt',
};
