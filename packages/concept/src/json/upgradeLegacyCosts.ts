import { LEGACY_COST_LINE_ID, LEGACY_COSTS } from '../model/costLineStore.ts';

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * Concept JSON written before cost lines (2026-12) with each measure's single `costs` figure turned into one
 * line without a year and without a funding source, as the document migration does; a measure that already has
 * `costLines` keeps them. Anything else is handed on unchanged for the schema to judge.
 */
export function upgradeLegacyCosts(json: unknown): unknown {
  if (!isRecord(json) || !Array.isArray(json.measures)) return json;
  if (!json.measures.some((m) => isRecord(m) && LEGACY_COSTS in m)) return json;
  return {
    ...json,
    measures: json.measures.map((measure) => {
      if (!isRecord(measure) || !(LEGACY_COSTS in measure)) return measure;
      const { [LEGACY_COSTS]: costs, ...rest } = measure;
      if (rest.costLines !== undefined || costs === null) return rest;
      return { ...rest, costLines: [{ id: LEGACY_COST_LINE_ID, year: null, amount: costs, source: null }] };
    }),
  };
}
