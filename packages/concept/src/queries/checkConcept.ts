import type { GoalJSON, MeasureJSON } from '../json/conceptJsonSchema.ts';
import type { Light } from '../json/readers.ts';
import type { ConceptTemplate } from '../template/templateSchema.ts';
import { flattenGoalTree, goalTree } from './goalTree.ts';
import { looksLikeActivity } from './looksLikeActivity.ts';
import { measuresOfGoal } from './measuresOfGoal.ts';

/** One thing the product noticed that the steering group should look at. */
export interface Finding {
  code:
    | 'goal-without-measure'
    | 'goal-phrased-as-activity'
    | 'measure-without-goal'
    | 'measure-without-lead'
    | 'measure-without-period'
    | 'measure-without-indicator'
    | 'measure-missing-field'
    | 'duplicate-code';
  entity: 'goal' | 'measure';
  id: string;
  /** German message for the UI. */
  message: string;
}

/**
 * What `checkConcept` reads: Concept JSON, or the light readers' goals and measures. A measure's `description`
 * is needed only when the template requires it (read it with `readMeasures(doc, { richText: true })`).
 */
export interface CheckedConcept {
  goals: readonly Pick<GoalJSON, 'id' | 'parentId' | 'title'>[];
  measures: readonly Light<MeasureJSON>[];
}

function isEmpty(value: unknown): boolean {
  if (value === null || value === undefined || value === '') return true;
  if (Array.isArray(value)) return value.length === 0;
  if (typeof value === 'object' && 'content' in (value as object)) {
    return JSON.stringify(value) === JSON.stringify({ type: 'doc', content: [{ type: 'paragraph' }] });
  }
  return false;
}

/**
 * What the product can check by itself: Handlungsziele without a measure, goals phrased as activities,
 * measures without goal, lead, period or indicator, fields the template requires, clashing codes.
 */
export function checkConcept(
  concept: CheckedConcept,
  template?: Pick<ConceptTemplate, 'requiredMeasureFields'>,
): Finding[] {
  const findings: Finding[] = [];
  for (const node of flattenGoalTree(goalTree(concept.goals))) {
    const { id, title } = node.goal;
    if (node.level === 'handlungsziel' && measuresOfGoal(concept.measures, id).length === 0) {
      findings.push({
        code: 'goal-without-measure',
        entity: 'goal',
        id,
        message: `Handlungsziel „${title}“ hat noch keine Maßnahme`,
      });
    }
    if (looksLikeActivity(title)) {
      findings.push({
        code: 'goal-phrased-as-activity',
        entity: 'goal',
        id,
        message: `„${title}“ klingt nach einer Tätigkeit, nicht nach einem Ziel – bitte prüfen`,
      });
    }
  }
  const seen = new Map<string, string>();
  for (const m of concept.measures) {
    const label = `${m.code} ${m.title}`.trim();
    const add = (code: Finding['code'], message: string) =>
      findings.push({ code, entity: 'measure', id: m.id, message });
    if (m.goalIds.length === 0) add('measure-without-goal', `${label}: dient noch keinem Ziel`);
    if (!m.lead.trim()) add('measure-without-lead', `${label}: Federführung fehlt`);
    if (!m.periodStart && !m.periodEnd && !m.recurrence.trim())
      add('measure-without-period', `${label}: Zeitraum fehlt`);
    if (m.indicators.length === 0) add('measure-without-indicator', `${label}: Indikator fehlt`);
    for (const field of template?.requiredMeasureFields ?? []) {
      if (['goalIds', 'lead', 'indicators', 'periodStart', 'periodEnd'].includes(field)) continue;
      if (isEmpty(m[field])) add('measure-missing-field', `${label}: Pflichtfeld „${field}“ ist leer`);
    }
    const key = m.code.trim().toLowerCase();
    if (seen.has(key)) add('duplicate-code', `${label}: Code ist doppelt vergeben`);
    seen.set(key, m.id);
  }
  return findings;
}
