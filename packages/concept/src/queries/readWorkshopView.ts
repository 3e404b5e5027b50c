import type * as Y from 'yjs';
import type { ProposalJSON, WorkshopJSON } from '../json/conceptJsonSchema.ts';
import { readFieldsOfAction, readMeasures, readProposals } from '../json/readers.ts';
import { workshopSpec } from '../model/entitySpecs.ts';
import { requireEntity } from '../model/entityVerbs.ts';
import { readEntityFields } from '../model/readEntityFields.ts';

/** Everything about one workshop that its public projection is cut from; never sent as it is. */
export interface WorkshopView {
  workshop: Omit<WorkshopJSON, 'proposals'>;
  proposals: ProposalJSON[];
  fields: { id: string; title: string }[];
  measureCodes: Map<string, string>;
}

/** Reads one workshop with its proposals (votes capped as every reader counts them), fields and measure codes. */
export function readWorkshopView(doc: Y.Doc, workshopId: string): WorkshopView {
  const entity = requireEntity(doc, workshopSpec, workshopId);
  const workshop = readEntityFields(doc, entity, workshopSpec) as Omit<WorkshopJSON, 'proposals'>;
  const chosen = new Set(workshop.fieldIds);
  const fields = readFieldsOfAction(doc)
    .filter((f) => chosen.size === 0 || chosen.has(f.id))
    .map((f) => ({ id: f.id, title: f.title }));
  const proposals = readProposals(doc, workshopId);
  const wanted = new Set(proposals.map((p) => p.measureId).filter((id): id is string => id !== null));
  const measureCodes = new Map(
    wanted.size === 0
      ? []
      : readMeasures(doc)
          .filter((m) => wanted.has(m.id))
          .map((m) => [m.id, m.code]),
  );
  return { workshop, proposals, fields, measureCodes };
}
