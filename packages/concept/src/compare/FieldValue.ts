import type { ComparedFieldType } from './ConceptComparison.ts';
import type { RunFormat } from './RunFormat.ts';

/** One field of an entity as the comparison reads it. */
export interface FieldValue {
  field: string;
  type: ComparedFieldType;
  /** What a reader sees: names for references, one line per list item. */
  value: string;
  /** What decides whether it changed, when not the value itself (references compare by id, not by name). */
  key?: string;
  /** For rich text: the format of each character of `value`, so formatting alone counts as a change. */
  formats?: readonly (RunFormat | null)[];
}
