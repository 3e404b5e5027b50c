import { ConceptError } from '../model/ConceptError.ts';
import { effectiveParents } from '../queries/effectiveParents.ts';
import type { ConceptJSON } from './conceptJsonSchema.ts';

function ids(items: readonly { id: string }[], path: string): Set<string> {
  const seen = new Set<string>();
  items.forEach((item, i) => {
    if (seen.has(item.id))
      throw new ConceptError('duplicate-id', `doppelte ID ${item.id}`, `${path}.${i}.id`);
    seen.add(item.id);
  });
  return seen;
}

function expect(set: Set<string>, id: string | null, path: string): void {
  if (id !== null && !set.has(id))
    throw new ConceptError('invalid-reference', `verweist auf nicht vorhandenes Element ${id}`, path);
}

/** Refuses Concept JSON whose ids repeat, whose links point nowhere, whose goals loop or whose codes clash. */
export function checkReferences(json: ConceptJSON): void {
  const fields = ids(json.fieldsOfAction, 'fieldsOfAction');
  const goals = ids(json.goals, 'goals');
  const measures = ids(json.measures, 'measures');
  const phenomena = ids(json.phenomena, 'phenomena');
  ids(json.chapters, 'chapters');
  ids(json.actors, 'actors');
  ids(json.versions, 'versions');
  if (json.versions.filter((v) => v.adopted).length > 1) {
    const index = json.versions.findLastIndex((v) => v.adopted);
    throw new ConceptError(
      'several-adopted',
      'Nur eine Fassung kann beschlossen sein',
      `versions.${index}.adopted`,
    );
  }
  const workshops = ids(json.workshops, 'workshops');
  const proposals = ids(
    json.workshops.flatMap((w) => w.proposals),
    'workshops.proposals',
  );
  json.goals.forEach((g, i) => {
    expect(goals, g.parentId, `goals.${i}.parentId`);
    g.fieldIds.forEach((f, j) => {
      expect(fields, f, `goals.${i}.fieldIds.${j}`);
    });
  });
  const parents = effectiveParents(json.goals);
  json.goals.forEach((g, i) => {
    if ((parents.get(g.id) ?? null) !== g.parentId)
      throw new ConceptError('cycle', 'Ziele bilden einen Kreis', `goals.${i}.parentId`);
  });
  const codes = new Set<string>();
  json.measures.forEach((m, i) => {
    const code = m.code.trim().toLowerCase();
    if (codes.has(code))
      throw new ConceptError(
        'duplicate-code',
        `Der Code ${m.code} ist doppelt vergeben`,
        `measures.${i}.code`,
      );
    codes.add(code);
    expect(fields, m.primaryFieldId, `measures.${i}.primaryFieldId`);
    m.secondaryFieldIds.forEach((f, j) => {
      expect(fields, f, `measures.${i}.secondaryFieldIds.${j}`);
    });
    m.goalIds.forEach((g, j) => {
      expect(goals, g, `measures.${i}.goalIds.${j}`);
    });
    m.phenomenonIds.forEach((p, j) => {
      expect(phenomena, p, `measures.${i}.phenomenonIds.${j}`);
    });
    expect(workshops, m.originWorkshopId, `measures.${i}.originWorkshopId`);
    expect(proposals, m.originProposalId, `measures.${i}.originProposalId`);
  });
  json.workshops.forEach((w, i) => {
    w.fieldIds.forEach((f, j) => {
      expect(fields, f, `workshops.${i}.fieldIds.${j}`);
    });
    w.proposals.forEach((p, j) => {
      expect(fields, p.fieldId, `workshops.${i}.proposals.${j}.fieldId`);
      expect(measures, p.measureId, `workshops.${i}.proposals.${j}.measureId`);
    });
  });
}
