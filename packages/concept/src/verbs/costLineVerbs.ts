import * as Y from 'yjs';
import { MAX_COST_LINES } from '../json/conceptJsonSchema.ts';
import { costLineInputSchema } from '../json/inputSchemas.ts';
import { ConceptError } from '../model/ConceptError.ts';
import { costLineMap, costLinesOf, legacyCostLine } from '../model/costLineStore.ts';
import { createId } from '../model/createId.ts';
import { measureSpec } from '../model/entitySpecs.ts';
import { requireEntity } from '../model/entityVerbs.ts';
import { ORDER } from '../model/keys.ts';
import { orderKeyBetween } from '../model/orderKeys.ts';
import { parseInput } from '../model/parseInput.ts';
import type { CostLineInput } from './inputTypes.ts';

const FIELD = 'costLines';

function linesOf(doc: Y.Doc, measureId: string) {
  return costLinesOf(requireEntity(doc, measureSpec, measureId), FIELD);
}

// Checked before writing, so a refused change leaves no trace (a measure stored with an old single `costs`
// figure shows it as the line LEGACY_COST_LINE_ID, which becomes a stored line on its first change).
function requireLine(doc: Y.Doc, measureId: string, lineId: string, path: string): void {
  const measure = requireEntity(doc, measureSpec, measureId);
  const stored = measure.get(FIELD);
  const exists =
    stored instanceof Y.Map ? stored.get(lineId) instanceof Y.Map : legacyCostLine(measure)?.id === lineId;
  if (!exists) throw new ConceptError('not-found', `Kostenzeile nicht gefunden: ${lineId}`, path);
}

function lastOrder(lines: Y.Map<Y.Map<unknown>>): string | null {
  let last: string | null = null;
  for (const line of lines.values()) {
    const order = line instanceof Y.Map ? line.get(ORDER) : undefined;
    if (typeof order === 'string' && (last === null || order > last)) last = order;
  }
  return last;
}

/**
 * Adds a cost line (year or none, amount in euros, funding source or none) at the end of a measure's lines;
 * returns its id. Each line is its own Y.Map, so two people adding or editing different lines both keep theirs.
 * @example addCostLine(doc, measureId, { year: 2026, amount: 4800, source: 'landesmittel' });
 */
export function addCostLine(doc: Y.Doc, measureId: string, input: CostLineInput = {}): string {
  const path = `measures.${measureId}.${FIELD}`;
  const data = parseInput(costLineInputSchema, input, path);
  const id = createId();
  const stored = requireEntity(doc, measureSpec, measureId).get(FIELD);
  if (stored instanceof Y.Map && stored.size >= MAX_COST_LINES)
    throw new ConceptError('limit', `Höchstens ${MAX_COST_LINES} Kostenzeilen je Maßnahme`, path);
  doc.transact(() => {
    const lines = linesOf(doc, measureId);
    const line = { year: data.year ?? null, amount: data.amount ?? 0, source: data.source ?? null };
    lines.set(id, costLineMap(line, orderKeyBetween(lastOrder(lines), null)));
  });
  return id;
}

/** Changes fields of one cost line; a bad amount or year is refused with the path of the field. */
export function updateCostLine(doc: Y.Doc, measureId: string, lineId: string, patch: CostLineInput): void {
  const path = `measures.${measureId}.${FIELD}.${lineId}`;
  const data = parseInput(costLineInputSchema, patch, path);
  requireLine(doc, measureId, lineId, path);
  doc.transact(() => {
    const line = linesOf(doc, measureId).get(lineId) as Y.Map<unknown>;
    for (const [key, value] of Object.entries(data))
      if (value !== undefined && line.get(key) !== value) line.set(key, value);
  });
}

/** Removes one cost line of a measure. */
export function removeCostLine(doc: Y.Doc, measureId: string, lineId: string): void {
  const path = `measures.${measureId}.${FIELD}.${lineId}`;
  requireLine(doc, measureId, lineId, path);
  doc.transact(() => linesOf(doc, measureId).delete(lineId));
}
