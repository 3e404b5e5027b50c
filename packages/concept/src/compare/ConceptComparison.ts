import type { DiffPart } from './DiffPart.ts';
import type { FormattingAspect } from './FormattingAspect.ts';

/** The kinds of entity a comparison lists one by one. */
export type ComparedKind = 'chapter' | 'fieldOfAction' | 'goal' | 'measure' | 'actor';

/**
 * How a field's values read: text kinds carry a word diff; `enum`, `boolean`, `number` and `date` carry raw values
 * (an enum value, `true`/`false`, a number, `YYYY-MM-DD`) for the reader to put into words.
 */
export type ComparedFieldType = 'text' | 'richText' | 'list' | 'enum' | 'boolean' | 'number' | 'date';

/** One field that differs: its value before and after, and for text kinds the word diff between them. */
export interface FieldChange {
  /** The Concept JSON field name, e.g. `title`, `description`, `goalIds`. */
  field: string;
  type: ComparedFieldType;
  before: string;
  after: string;
  /** Word-level runs for `text`, `richText` and `list`; empty for the other types. */
  diff: DiffPart[];
  /**
   * For rich text: how the formatting of words that stayed changed (bold, a heading, a list …), absent when it did
   * not. With the same words before and after, the formatting is the whole change.
   */
  formatting?: FormattingAspect[];
}

/**
 * An entity that stayed but stands elsewhere: under another goal (goals) or in another field of action (measures),
 * or at another place among the entities beside it.
 */
export type EntityMove =
  | {
      kind: 'parent';
      /** The goal above or the field of action before and after, by name; '' for the top level or none. */
      from: string;
      to: string;
    }
  | {
      kind: 'order';
      /** Its place among its siblings (the same goal above, field of action, or all of its kind), from 1. */
      from: number;
      to: number;
    };

/** An entity that is new, gone or changed; for new and gone ones every field with a value is listed. */
export interface EntityChange {
  kind: ComparedKind;
  id: string;
  change: 'added' | 'removed' | 'changed';
  /** How the entity is named where it is (the newer name when it was renamed), e.g. `M-03 Lotsenprojekt`. */
  title: string;
  fields: FieldChange[];
  /** Where a changed entity moved; absent when it stayed in its place. */
  move?: EntityMove;
}

/** Counts of one kind of entity. */
export interface ChangeCounts {
  added: number;
  removed: number;
  changed: number;
  /** Of the changed ones: how many moved, and how many had their formatting changed. */
  moved: number;
  formatted: number;
}

/** What differs between an older and a newer state of a concept, in the order of the newer one. */
export interface ConceptComparison {
  /** The concept's details (title, territory, programme, phase, goal level names …) that differ. */
  meta: FieldChange[];
  /** The Leitbild's word diff, or null when it is the same. */
  vision: FieldChange | null;
  chapters: EntityChange[];
  fieldsOfAction: EntityChange[];
  goals: EntityChange[];
  measures: EntityChange[];
  actors: EntityChange[];
  summary: Record<ComparedKind, ChangeCounts>;
  /** True when nothing compared differs. */
  identical: boolean;
}
