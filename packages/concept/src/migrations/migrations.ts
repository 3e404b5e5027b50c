import { chapterKinds } from './chapterKinds.ts';
import { costLines } from './costLines.ts';
import { explicitWorkshopFields } from './explicitWorkshopFields.ts';
import { goalLevels } from './goalLevels.ts';
import type { Migration } from './Migration.ts';
import { recycleBin } from './recycleBin.ts';
import { sharedTextFields } from './sharedTextFields.ts';

/** Every migration, in order; version 1 is the shape documents were stored in before versions existed. */
export const migrations: readonly Migration[] = [
  explicitWorkshopFields,
  sharedTextFields,
  recycleBin,
  costLines,
  goalLevels,
  chapterKinds,
];

/** The schema version this code reads and writes. A client must not write into a document with a higher one. */
export const CURRENT_DOC_SCHEMA_VERSION: number = migrations.at(-1)?.version ?? 1;
