import type * as Y from 'yjs';
import { z } from 'zod/mini';
import { metaInputSchema } from '../json/inputSchemas.ts';
import { lazySchema } from '../json/lazySchema.ts';
import type { RichTextDoc } from '../json/richTextSchema.ts';
import { richTextSchema } from '../json/richTextSchema.ts';
import { CHECKLIST, CHECKLIST_TICKS, META, VISION } from '../model/keys.ts';
import { parseInput } from '../model/parseInput.ts';
import { writeRichText } from '../model/richText.ts';
import type { MetaInput } from './inputTypes.ts';

/** Changes the concept's title, territory, programme, funding period, phase or status. */
export function updateMeta(doc: Y.Doc, patch: MetaInput): void {
  const data = parseInput(metaInputSchema, patch, META);
  const meta = doc.getMap<unknown>(META);
  doc.transact(() => {
    for (const [key, value] of Object.entries(data)) if (value !== undefined) meta.set(key, value);
  });
}

/** Replaces the vision (Leitbild) text. Editors write to the fragment directly; this is for import and tests. */
export function setVision(doc: Y.Doc, vision: RichTextDoc): void {
  const data = parseInput(richTextSchema, vision, VISION);
  doc.transact(() => writeRichText(doc.getXmlFragment(VISION), data, VISION));
}

const tickSchema = lazySchema(() =>
  z.object({
    by: z.string().check(z.maxLength(500)),
    at: z.string().check(z.minLength(1), z.maxLength(40)),
  }),
);

/**
 * Marks a checklist item of a phase as done or not done. `tick` records who ticked it by hand and when (its
 * display name and an ISO time); unticking forgets them.
 * @example setChecklistItem(doc, 'bestand-daten', true, { by: 'Koordinierende Fachstelle', at: new Date().toISOString() })
 */
export function setChecklistItem(
  doc: Y.Doc,
  itemId: string,
  done: boolean,
  tick?: { by: string; at: string },
): void {
  const id = parseInput(z.string().check(z.minLength(1), z.maxLength(120)), itemId, CHECKLIST);
  const who = tick === undefined ? undefined : parseInput(tickSchema, tick, CHECKLIST_TICKS);
  doc.transact(() => {
    doc.getMap<boolean>(CHECKLIST).set(id, done);
    const ticks = doc.getMap<unknown>(CHECKLIST_TICKS);
    if (done && who) ticks.set(id, { by: who.by, at: who.at });
    else if (ticks.has(id)) ticks.delete(id);
  });
}

/** The vision's fragment, for binding an editor. */
export function visionFragment(doc: Y.Doc): Y.XmlFragment {
  return doc.getXmlFragment(VISION);
}
