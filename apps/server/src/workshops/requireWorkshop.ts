import { findEntity, keys } from '@werkbank/concept';
import type * as Y from 'yjs';
import { HttpError } from '../http/HttpError.ts';

/** 404 `workshop-not-found` unless the concept has a workshop `workshopId`. */
export function requireWorkshop(doc: Y.Doc, workshopId: string): void {
  if (!findEntity(doc, keys.WORKSHOPS, workshopId)) throw new HttpError(404, 'workshop-not-found');
}
