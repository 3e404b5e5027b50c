import type { WorkshopJSON } from '@werkbank/concept';
import type * as Y from 'yjs';
import { useWorkshops } from './useWorkshops.ts';

/** One workshop with its proposals, live; undefined once it is deleted (or before it synced). */
export function useWorkshop(doc: Y.Doc, workshopId: string): WorkshopJSON | undefined {
  return useWorkshops(doc).find((workshop) => workshop.id === workshopId);
}
