import * as Y from 'yjs';
import { PROPOSALS, WORKSHOPS } from '../model/keys.ts';
import type { Migration } from './Migration.ts';

// Frozen here rather than read from entitySpecs: a migration must do the same thing however the specs change later.
const WORKSHOP_DEFAULTS = { place: '', online: false, stackDots: true, release: 'immediate' } as const;
const PROPOSAL_DEFAULTS = {
  participantId: '',
  submissionId: '',
  targetGroup: '',
  mergedInto: null,
  outcome: null,
  outcomeReason: '',
} as const;

function fillMissing(doc: Y.Doc, key: string, defaults: Readonly<Record<string, unknown>>): void {
  for (const entity of doc.getMap<unknown>(key).values()) {
    if (!(entity instanceof Y.Map)) continue;
    for (const [field, value] of Object.entries(defaults)) if (!entity.has(field)) entity.set(field, value);
  }
}

/**
 * Version 2: the fields added for live participation (workshops: place, online, stackDots, release; proposals:
 * participantId, submissionId, targetGroup, mergedInto, outcome, outcomeReason) are stored with their defaults
 * where an entity lacks them. Readers already default them, so what anyone sees does not change.
 */
export const explicitWorkshopFields: Migration = {
  version: 2,
  name: 'explicit-workshop-fields',
  migrate(doc) {
    fillMissing(doc, WORKSHOPS, WORKSHOP_DEFAULTS);
    fillMissing(doc, PROPOSALS, PROPOSAL_DEFAULTS);
  },
};
