import type * as Y from 'yjs';
import { projectWorkshop, type WorkshopProjection } from './projectWorkshop.ts';
import { readWorkshopView } from './readWorkshopView.ts';

/**
 * The public projection of a workshop for one participant (or the wall, without `participantId`).
 * @example workshopProjection(doc, 'w1', 'p-3f9…').proposals.map((p) => p.text)
 */
export function workshopProjection(
  doc: Y.Doc,
  workshopId: string,
  participantId?: string,
): WorkshopProjection {
  return projectWorkshop(readWorkshopView(doc, workshopId), participantId);
}
