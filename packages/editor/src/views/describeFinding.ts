import type { Finding, GoalJSON, Light, MeasureJSON } from '@werkbank/concept';
import type { Translate } from '../i18n/Translate.ts';

/** A finding in the UI language, naming the goal or measure by its current title. */
export function describeFinding(
  t: Translate,
  finding: Finding,
  goals: ReadonlyMap<string, Light<GoalJSON>>,
  measures: ReadonlyMap<string, Light<MeasureJSON>>,
): string {
  const measure = measures.get(finding.id);
  const label =
    finding.entity === 'goal'
      ? (goals.get(finding.id)?.title ?? '')
      : `${measure?.code ?? ''} ${measure?.title ?? ''}`.trim();
  // The required field is only named inside the German message: „targetGroups“.
  const field = /„([^“]+)“/.exec(finding.message)?.[1] ?? '';
  const fieldLabel = field && t(`measure.${field}`) !== `measure.${field}` ? t(`measure.${field}`) : field;
  return t(`finding.${finding.code}`, { label, field: fieldLabel });
}
