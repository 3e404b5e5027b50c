import type { ConceptJSON } from '@werkbank/concept';
import { conceptToDocx, type DocxExportOptionsInput } from '@werkbank/export-docx';

/** Worker task: the Word document of `concept`. */
export function exportDocx({
  concept,
  options,
}: {
  concept: ConceptJSON;
  options: DocxExportOptionsInput;
}): Promise<Uint8Array> {
  return conceptToDocx(concept, options);
}
