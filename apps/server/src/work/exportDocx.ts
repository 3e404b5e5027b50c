import { deflateRawSync } from 'node:zlib';
import { type ConceptJSON, toJSON } from '@werkbank/concept';
import { conceptToDocx, type DocxExportOptionsInput, exportFileName } from '@werkbank/export-docx';
import * as Y from 'yjs';

/** What to export: the live concept's Yjs state (read here, off the main thread) or frozen Concept JSON. */
export type ExportSource = { update: Uint8Array } | { concept: ConceptJSON };

/** The Word document, its file name, and the paths a read of the live state repaired (for the log). */
export interface ExportedDocx {
  bytes: Uint8Array;
  fileName: string;
  repaired: string[];
}

/** Worker task: reads the concept and writes its Word document. */
export async function exportDocx({
  source,
  options,
}: {
  source: ExportSource;
  options: DocxExportOptionsInput & { now: Date };
}): Promise<ExportedDocx> {
  const repaired: string[] = [];
  let concept: ConceptJSON;
  if ('update' in source) {
    const doc = new Y.Doc();
    Y.applyUpdate(doc, source.update);
    concept = toJSON(doc, { onRepair: (path) => repaired.push(path) });
    doc.destroy();
  } else {
    concept = source.concept;
  }
  const bytes = await conceptToDocx(concept, { ...options, deflateRaw: nodeDeflateRaw });
  // The version (null: the live concept) names the file, so a draft and an adopted version never share a name.
  return { bytes, fileName: exportFileName(concept, options.now, options.version ?? null), repaired };
}

// Node's zlib, synchronous: in this worker thread nothing else waits, and it is the quickest DEFLATE at hand.
function nodeDeflateRaw(data: Uint8Array): Uint8Array {
  return deflateRawSync(data, { level: 6 });
}
