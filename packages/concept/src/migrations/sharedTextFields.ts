import * as Y from 'yjs';
import { ACTORS, CHAPTERS, FIELDS_OF_ACTION, GOALS, MEASURES, PHENOMENA } from '../model/keys.ts';
import type { Migration } from './Migration.ts';

// Frozen here rather than read from entitySpecs: a migration must do the same thing however the specs change later.
const TEXT_FIELDS: Readonly<Record<string, readonly string[]>> = {
  [CHAPTERS]: ['title'],
  [FIELDS_OF_ACTION]: ['title', 'description'],
  [GOALS]: ['title', 'focusPeriod'],
  [MEASURES]: ['code', 'title', 'lead', 'recurrence', 'funding'],
  [ACTORS]: ['name', 'notes'],
  [PHENOMENA]: ['title', 'description'],
};

/**
 * Version 3: the short text fields of chapters, fields of action, goals, measures, actors and phenomena are
 * stored as Y.Text instead of plain strings, so two people typing into one field at once both keep their
 * characters. Each string becomes a Y.Text with the same content; what anyone reads does not change. A value
 * someone writes offline in the old shape at the same time wins the merge (it reads as before) and becomes
 * shared text on its next edit.
 */
export const sharedTextFields: Migration = {
  version: 3,
  name: 'shared-text-fields',
  migrate(doc) {
    for (const [key, fields] of Object.entries(TEXT_FIELDS)) {
      for (const entity of doc.getMap<unknown>(key).values()) {
        if (!(entity instanceof Y.Map)) continue;
        for (const field of fields) {
          const value = entity.get(field);
          if (typeof value === 'string') entity.set(field, new Y.Text(value));
        }
      }
    }
  },
};
