import * as Y from 'yjs';
import { indicatorInputSchema } from '../json/inputSchemas.ts';
import { ConceptError } from '../model/ConceptError.ts';
import { createId } from '../model/createId.ts';
import { type EntitySpec, goalSpec, measureSpec } from '../model/entitySpecs.ts';
import { requireEntity } from '../model/entityVerbs.ts';
import { parseInput } from '../model/parseInput.ts';
import { indicatorMap, nestedType } from '../model/writeEntityFields.ts';
import type { IndicatorInput } from './inputTypes.ts';

const FIELD = 'indicators';

function indicatorList(doc: Y.Doc, spec: EntitySpec, entityId: string): Y.Array<Y.Map<string>> {
  return nestedType(requireEntity(doc, spec, entityId), FIELD, () => new Y.Array<Y.Map<string>>());
}

function indexOf(list: Y.Array<Y.Map<string>>, indicatorId: string, path: string): number {
  const index = list.toArray().findIndex((item) => item.get('id') === indicatorId);
  if (index < 0) throw new ConceptError('not-found', `Indikator nicht gefunden: ${indicatorId}`, path);
  return index;
}

function addIndicator(doc: Y.Doc, spec: EntitySpec, entityId: string, input: IndicatorInput = {}): string {
  const data = parseInput(indicatorInputSchema, input, `${spec.collection}.${entityId}.${FIELD}`);
  const id = createId();
  doc.transact(() =>
    indicatorList(doc, spec, entityId).push([indicatorMap({ ...data, id } as Record<string, string>)]),
  );
  return id;
}

function updateIndicator(
  doc: Y.Doc,
  spec: EntitySpec,
  entityId: string,
  indicatorId: string,
  patch: IndicatorInput,
): void {
  const path = `${spec.collection}.${entityId}.${FIELD}`;
  const data = parseInput(indicatorInputSchema, patch, path);
  const list = indicatorList(doc, spec, entityId);
  const item = list.get(indexOf(list, indicatorId, path));
  doc.transact(() => {
    for (const [key, value] of Object.entries(data)) if (value !== undefined) item.set(key, value);
  });
}

function removeIndicator(doc: Y.Doc, spec: EntitySpec, entityId: string, indicatorId: string): void {
  const list = indicatorList(doc, spec, entityId);
  const index = indexOf(list, indicatorId, `${spec.collection}.${entityId}.${FIELD}`);
  doc.transact(() => list.delete(index, 1));
}

/** Adds an indicator (name, unit, baseline, target, source) to a measure; returns its id. */
export function addMeasureIndicator(doc: Y.Doc, measureId: string, input?: IndicatorInput): string {
  return addIndicator(doc, measureSpec, measureId, input);
}
/** Changes fields of one indicator of a measure. */
export function updateMeasureIndicator(
  doc: Y.Doc,
  measureId: string,
  indicatorId: string,
  patch: IndicatorInput,
): void {
  updateIndicator(doc, measureSpec, measureId, indicatorId, patch);
}
/** Removes one indicator of a measure. */
export function removeMeasureIndicator(doc: Y.Doc, measureId: string, indicatorId: string): void {
  removeIndicator(doc, measureSpec, measureId, indicatorId);
}
/** Adds an indicator to a goal; returns its id. */
export function addGoalIndicator(doc: Y.Doc, goalId: string, input?: IndicatorInput): string {
  return addIndicator(doc, goalSpec, goalId, input);
}
/** Changes fields of one indicator of a goal. */
export function updateGoalIndicator(
  doc: Y.Doc,
  goalId: string,
  indicatorId: string,
  patch: IndicatorInput,
): void {
  updateIndicator(doc, goalSpec, goalId, indicatorId, patch);
}
/** Removes one indicator of a goal. */
export function removeGoalIndicator(doc: Y.Doc, goalId: string, indicatorId: string): void {
  removeIndicator(doc, goalSpec, goalId, indicatorId);
}
