import type { ConceptJSON } from './conceptJsonSchema.ts';

/** Most entities of each collection Concept JSON takes (conceptJsonSchema.ts). */
const LIMITS = {
  chapters: 200,
  fieldsOfAction: 200,
  goals: 2_000,
  measures: 5_000,
  actors: 2_000,
  phenomena: 200,
  workshops: 500,
  versions: 500,
} as const;
const MAX_PROPOSALS = 5_000;

function idsOf(items: readonly { id: string }[]): Set<string> {
  return new Set(items.map((item) => item.id));
}

function keep(ids: Set<string>, id: string | null): string | null {
  return id !== null && ids.has(id) ? id : null;
}

/**
 * Concept JSON with each collection cut to what the schema takes (goals in tree order, so every kept goal
 * keeps its parent) and the links to what was cut removed. The verbs set no such limits; only a concept far
 * beyond any real one reaches them.
 */
export function capCollections(json: ConceptJSON, onRepair?: (path: string) => void): ConceptJSON {
  const over = (Object.keys(LIMITS) as (keyof typeof LIMITS)[]).filter(
    (key) => json[key].length > LIMITS[key],
  );
  const overProposals = json.workshops.some((w) => w.proposals.length > MAX_PROPOSALS);
  if (over.length === 0 && !overProposals) return json;
  const cut = { ...json };
  for (const key of over) {
    onRepair?.(key);
    (cut as Record<string, unknown>)[key] = json[key].slice(0, LIMITS[key]);
  }
  if (overProposals) onRepair?.('workshops.proposals');
  const fields = idsOf(cut.fieldsOfAction);
  const goals = idsOf(cut.goals);
  const phenomena = idsOf(cut.phenomena);
  const workshops = cut.workshops.map((w) => ({ ...w, proposals: w.proposals.slice(0, MAX_PROPOSALS) }));
  const workshopIds = idsOf(workshops);
  const proposals = idsOf(workshops.flatMap((w) => w.proposals));
  const measures = idsOf(cut.measures);
  return {
    ...cut,
    goals: cut.goals.map((g) => ({
      ...g,
      parentId: keep(goals, g.parentId),
      fieldIds: g.fieldIds.filter((id) => fields.has(id)),
    })),
    measures: cut.measures.map((m) => ({
      ...m,
      primaryFieldId: keep(fields, m.primaryFieldId),
      secondaryFieldIds: m.secondaryFieldIds.filter((id) => fields.has(id)),
      goalIds: m.goalIds.filter((id) => goals.has(id)),
      phenomenonIds: m.phenomenonIds.filter((id) => phenomena.has(id)),
      originWorkshopId: keep(workshopIds, m.originWorkshopId),
      originProposalId: keep(proposals, m.originProposalId),
    })),
    workshops: workshops.map((w) => ({
      ...w,
      fieldIds: w.fieldIds.filter((id) => fields.has(id)),
      proposals: w.proposals.map((p) => ({
        ...p,
        fieldId: keep(fields, p.fieldId),
        measureId: keep(measures, p.measureId),
        mergedInto: keep(proposals, p.mergedInto),
      })),
    })),
  };
}
