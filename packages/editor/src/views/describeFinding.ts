import type { Finding } from '@werkbank/concept';
import type { Translate } from '../i18n/Translate.ts';

/** Current titles by id, for naming the entity a finding is about. */
export interface FindingLabels {
  goals: ReadonlyMap<string, string>;
  measures: ReadonlyMap<string, string>;
  chapters: ReadonlyMap<string, string>;
  fieldsOfAction: ReadonlyMap<string, string>;
  workshops: ReadonlyMap<string, string>;
  versions: ReadonlyMap<string, string>;
}

const SOURCE: Record<Finding['entity'], keyof FindingLabels | null> = {
  goal: 'goals',
  measure: 'measures',
  chapter: 'chapters',
  fieldOfAction: 'fieldsOfAction',
  workshop: 'workshops',
  version: 'versions',
  vision: null,
  actors: null,
};

/** A finding in the UI language, naming the goal, measure, chapter … by its current title. */
export function describeFinding(t: Translate, finding: Finding, labels: FindingLabels): string {
  const source = SOURCE[finding.entity];
  const label = (source && labels[source].get(finding.id)) || t('common.untitled');
  const field = finding.field ?? '';
  const fieldLabel = field && t(`measure.${field}`) !== `measure.${field}` ? t(`measure.${field}`) : field;
  const count = finding.count ?? 0;
  const key =
    finding.code === 'proposals-unanswered'
      ? `finding.${finding.code}.${count === 1 ? 'one' : 'other'}`
      : `finding.${finding.code}`;
  return t(key, {
    label,
    field: fieldLabel,
    count,
    cue: finding.cue ?? '',
    level: finding.level ?? t('goal.fallbackLevel'),
  });
}
