import type * as Y from 'yjs';
import { z } from 'zod/mini';
import { metaInputSchema } from '../json/inputSchemas.ts';
import type { RichTextDoc } from '../json/richTextSchema.ts';
import { richTextSchema } from '../json/richTextSchema.ts';
import { CHECKLIST, META, VISION } from '../model/keys.ts';
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

/** Marks a checklist item of a phase as done or not done. */
export function setChecklistItem(doc: Y.Doc, itemId: string, done: boolean): void {
  const id = parseInput(z.string().check(z.minLength(1), z.maxLength(120)), itemId, CHECKLIST);
  doc.transact(() => doc.getMap<boolean>(CHECKLIST).set(id, done));
}

/** The vision's fragment, for binding an editor. */
export function visionFragment(doc: Y.Doc): Y.XmlFragment {
  return doc.getXmlFragment(VISION);
}
