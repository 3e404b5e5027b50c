import * as Y from 'yjs';
import { measureInputSchema } from '../json/inputSchemas.ts';
import { ConceptError } from '../model/ConceptError.ts';
import { measureSpec } from '../model/entitySpecs.ts';
import { orderedEntities } from '../model/entityStore.ts';
import { addEntity, moveEntity, requireEntity, updateEntity } from '../model/entityVerbs.ts';
import { CODE, ID, MEASURES } from '../model/keys.ts';
import { parseInput } from '../model/parseInput.ts';
import { textValue } from '../model/sharedText.ts';
import { nestedType } from '../model/writeEntityFields.ts';
import type { MeasureInput } from './inputTypes.ts';
import { requireReferences } from './requireReferences.ts';
import { type DeleteOptions, trashEntities } from './trashVerbs.ts';

function codeTaken(doc: Y.Doc, code: string, exceptId?: string): boolean {
  const wanted = code.trim().toLowerCase();
  return orderedEntities(doc, MEASURES).some(
    (m) =>
      m.get(ID) !== exceptId &&
      String(textValue(m.get(CODE)))
        .trim()
        .toLowerCase() === wanted,
  );
}

/** The next free code of the form M-01, M-02, … (one more than the highest number in use). */
export function nextMeasureCode(doc: Y.Doc): string {
  let highest = 0;
  for (const m of orderedEntities(doc, MEASURES)) {
    const match = /^M-(\d+)$/.exec(String(textValue(m.get(CODE))));
    if (match) highest = Math.max(highest, Number(match[1]));
  }
  return `M-${String(highest + 1).padStart(2, '0')}`;
}

function validate(doc: Y.Doc, input: MeasureInput, exceptId?: string): Record<string, unknown> {
  const data = parseInput(measureInputSchema, input, MEASURES);
  requireReferences(doc, measureSpec, data);
  if (data.code !== undefined && codeTaken(doc, data.code, exceptId)) {
    throw new ConceptError('duplicate-code', `Der Code ${data.code} ist schon vergeben`, `${MEASURES}.code`);
  }
  return data;
}

/**
 * Adds a measure (Maßnahme) at `index` in concept order, with the next free code unless one is given.
 * @example const id = addMeasure(doc, { title: 'Fortbildung für Vereine', primaryFieldId: sportId });
 */
export function addMeasure(doc: Y.Doc, input: MeasureInput = {}, index?: number): string {
  const data = validate(doc, input);
  let id = '';
  doc.transact(() => {
    id = addEntity(doc, measureSpec, { ...data, code: data.code ?? nextMeasureCode(doc) }, { index });
  });
  return id;
}

/** Changes fields of a measure; a code already used by another measure is refused. */
export function updateMeasure(doc: Y.Doc, id: string, patch: MeasureInput): void {
  requireEntity(doc, measureSpec, id);
  updateEntity(doc, measureSpec, id, validate(doc, patch, id));
}

/** Moves a measure to `index` in concept order. */
export function moveMeasure(doc: Y.Doc, id: string, index: number): void {
  moveEntity(doc, measureSpec, id, { index });
}

/** Deletes a measure; proposals promoted to it become un-promoted. */
export function deleteMeasure(doc: Y.Doc, id: string, options: DeleteOptions = {}): void {
  requireEntity(doc, measureSpec, id);
  trashEntities(doc, [[MEASURES, id]], options);
}

/** Links a measure to a goal it serves (idempotent). */
export function linkMeasureToGoal(doc: Y.Doc, measureId: string, goalId: string): void {
  const measure = requireEntity(doc, measureSpec, measureId);
  requireReferences(doc, measureSpec, { goalIds: [goalId] });
  doc.transact(() => nestedType(measure, 'goalIds', () => new Y.Map<boolean>()).set(goalId, true));
}

/** Removes the link between a measure and a goal (idempotent). */
export function unlinkMeasureFromGoal(doc: Y.Doc, measureId: string, goalId: string): void {
  const measure = requireEntity(doc, measureSpec, measureId);
  doc.transact(() => nestedType(measure, 'goalIds', () => new Y.Map<boolean>()).delete(goalId));
}

/** Gives every measure a fresh code M-01, M-02, … in concept order (e.g. after concurrent adds clashed). */
export function renumberMeasures(doc: Y.Doc): void {
  doc.transact(() => {
    orderedEntities(doc, MEASURES).forEach((m, i) => {
      m.set(CODE, `M-${String(i + 1).padStart(2, '0')}`);
    });
  });
}
