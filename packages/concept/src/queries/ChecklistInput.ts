import type { ConceptMeta, MeasureJSON, VersionJSON } from '../json/conceptJsonSchema.ts';
import type { Light } from '../json/readers.ts';
import type { CheckedConcept } from './checkConcept.ts';

/** Who ticked a checklist item by hand, and when (ISO time). */
export interface ChecklistTick {
  by: string;
  at: string;
}

/** What `checklistProgress` reads: Concept JSON, or what `readChecklistInput` gathers from a Y.Doc. */
export interface ChecklistInput extends CheckedConcept {
  meta: Pick<ConceptMeta, 'phase'>;
  measures: readonly Light<MeasureJSON>[];
  checklist: Readonly<Record<string, boolean>>;
  checklistTicks?: Readonly<Record<string, ChecklistTick>>;
  versions?: readonly Pick<VersionJSON, 'id' | 'name' | 'createdAt' | 'resolution' | 'adopted'>[];
}
